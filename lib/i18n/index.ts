export { type MessageLookup, setMessageLookup, t, tn, uiLocale } from './messages';
