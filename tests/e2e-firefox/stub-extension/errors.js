// Raised by an extension page as it loads.
console.error('stub page: console.error', 42);
setTimeout(() => {
  throw new TypeError('stub page: uncaught');
}, 0);
