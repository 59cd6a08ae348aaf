export {
  type MessageLookup,
  messagesLanguage,
  setMessageLookup,
  t,
  tn,
  uiLocale,
  wholeNumber,
} from './messages';
