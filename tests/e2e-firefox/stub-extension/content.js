// Raised by the content script in a web page (x.com, served by the fixture server).
console.error('stub content script: console.error');
setTimeout(() => {
  throw new Error('stub content script: uncaught');
}, 0);
