export { type MessageLookup, messagesLanguage, setMessageLookup, t, tn, uiLocale } from './messages';
