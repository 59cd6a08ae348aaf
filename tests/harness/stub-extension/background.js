// Stores one post and one snapshot per id it is sent, in the database PostLens uses.
const open = () =>
  new Promise((resolve, reject) => {
    const req = indexedDB.open('postlens', 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore('posts', { keyPath: 'key' });
      req.result.createObjectStore('snapshots', { keyPath: 'id', autoIncrement: true });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

chrome.runtime.onMessage.addListener((message) => {
  open().then((db) => {
    const tx = db.transaction(['posts', 'snapshots'], 'readwrite');
    for (const id of message.ids) {
      tx.objectStore('posts').put({ key: `x:${id}`, platform: 'x', postId: id });
      tx.objectStore('snapshots').add({
        postKey: `x:${id}`,
        capturedAt: Date.now(),
        likes: 1,
        comments: null,
      });
    }
    tx.oncomplete = () => db.close();
  });
});
