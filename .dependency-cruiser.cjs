// The layering rules `npm test` enforces (npm run deps): no import cycles; entrypoints/ ->
// components/ -> lib/, never back; a lib/ domain folder is reached only through its index.ts.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'An import cycle ties modules together so none can be read, tested or moved alone.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-is-the-bottom-layer',
      comment: 'lib/ never imports components/ or entrypoints/.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(components|entrypoints)/' },
    },
    {
      name: 'components-below-entrypoints',
      comment: 'components/ never imports entrypoints/.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^entrypoints/' },
    },
    {
      name: 'lib-folders-through-their-index',
      comment:
        'Outside its own folder, a lib/ domain folder is imported only through its index.ts ' +
        '(lib/platforms/<id>/index.ts is each platform’s face, and lib/platforms/adapters.ts every ' +
        'adapter at once: kept out of index.ts so that pages and the background load none).',
      severity: 'error',
      from: { path: '^(lib/([^/]+)/|lib/[^/]+\\.ts$|components/|entrypoints/)' },
      to: {
        path: '^lib/[^/]+/.+',
        pathNot: [
          '^lib/$2/',
          '^lib/[^/]+/index\\.ts$',
          '^lib/platforms/[^/]+/index\\.ts$',
          '^lib/platforms/adapters\\.ts$',
        ],
      },
    },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(\\.wxt|\\.output|node_modules)/' },
    // `?inline` CSS and WXT's virtual modules are not source files.
    moduleSystems: ['es6', 'cjs'],
  },
};
