// A Babel plugin for the ES5 ribbon bundle: each helper Babel needs (for classes, spread, for-of, async
// functions) is imported from one shared module, as @babel/plugin-transform-runtime does with @babel/runtime,
// instead of being copied into every module (about 90 KB before minification). Options: { module } is the
// absolute path of the module that exports every helper by name (webpack.config.js writes it).
module.exports = function babelSharedHelpers({ types: t }, { module: helpers }) {
  return {
    name: "bloc-scoring-shared-helpers",
    pre(file) {
      // CommonJS packages keep Babel's inline helpers: an import would turn them into ES modules.
      if (!helpers || file.opts.filename === helpers || file.ast.program.sourceType !== "module") return;
      const imported = new Map();
      file.set("helperGenerator", (name) => {
        if (!imported.has(name)) {
          const local = file.scope.generateUidIdentifier(name);
          const declaration = t.importDeclaration(
            [t.importSpecifier(local, t.identifier(name))],
            t.stringLiteral(helpers),
          );
          file.path.unshiftContainer("body", declaration);
          imported.set(name, local.name);
        }
        return t.identifier(imported.get(name));
      });
    },
  };
};
