// Raised while the background page starts, before any test opens anything.
console.error('stub background: console.error at start', { step: 1 });
setTimeout(() => {
  throw new Error('stub background: uncaught at start');
}, 0);
