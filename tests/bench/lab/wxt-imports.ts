// WXT's `#imports` for the lab bundle (esbuild knows no WXT virtual modules): lib/ modules that
// keep settings import `storage` from it, and the lab runs in an extension page, where it works.
export { storage } from '@wxt-dev/storage';
