import { defineWebExtConfig } from 'wxt';

// `wxt dev` would try to open a browser; the demo command opens one itself.
export default defineWebExtConfig({ disabled: true });
