import { createRequire as __cr } from 'module'; const require = __cr(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add2 = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add2(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add2(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys2 = Object.keys(it);
            if (keys2.length === 1) {
              key = keys2[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys2.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys2 = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys2} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys2 = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys2}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar2, onError) {
      const start = scalar2.offset;
      const header = parseBlockScalarHeader(scalar2, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar2.source ? splitLines(scalar2.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar2.source)
          end2 += scalar2.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar2.indent + header.indent;
      let offset = scalar2.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar2.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts2 = token.source;
            if (ts2 && typeof ts2 === "string")
              length += ts2.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar2, strict, onError) {
      const { offset, type, source, end } = scalar2;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar2, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar2;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar2 = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar2 = new Scalar.Scalar(value);
      }
      scalar2.range = range;
      scalar2.source = value;
      if (type)
        scalar2.type = type;
      if (tagName)
        scalar2.tag = tagName;
      if (tag.format)
        scalar2.format = tag.format;
      if (comment)
        scalar2.comment = comment;
      return scalar2;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts2 = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts2} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar2) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar2.end) {
            sep = scalar2.end;
            sep.push(this.sourceToken);
            delete scalar2.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar2.offset,
            indent: scalar2.indent,
            items: [{ start, key: scalar2, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar2);
      }
      *blockScalar(scalar2) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar2.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar2.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// ../../node_modules/.pnpm/chardet@2.2.0/node_modules/chardet/lib/fs/node.js
var require_node = __commonJS({
  "../../node_modules/.pnpm/chardet@2.2.0/node_modules/chardet/lib/fs/node.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsModule;
    exports.default = () => {
      if (typeof module === "object" && typeof module.exports === "object") {
        fsModule = fsModule ? fsModule : __require("fs");
        return fsModule;
      }
      throw new Error("File system is not available");
    };
  }
});

// ../../node_modules/.pnpm/chardet@2.2.0/node_modules/chardet/lib/match.js
var require_match = __commonJS({
  "../../node_modules/.pnpm/chardet@2.2.0/node_modules/chardet/lib/match.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = (ctx, rec, confidence) => ({
      confidence,
      name: rec.name(ctx),
      lang: rec.language ? rec.language() : void 0
    });
  }
});

// ../../node_modules/.pnpm/chardet@2.2.0/node_modules/chardet/lib/encoding/ascii.js
var require_ascii = __commonJS({
  "../../node_modules/.pnpm/chardet@2.2.0/node_modules/chardet/lib/encoding/ascii.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var match_1 = __importDefault(require_match());
    var Ascii = class {
      name() {
        return "ASCII";
      }
      match(det) {
        const input = det.rawInput;
        for (let i = 0; i < det.rawLen; i++) {
          const b = input[i];
          if (b < 32 || b > 126) {
            return (0, match_1.default)(det, this, 0);
          }
        }
        return (0, match_1.default)(det, this, 100);
      }
    };
    exports.default = Ascii;
  }
});

// ../../node_modules/.pnpm/chardet@2.2.0/node_modules/chardet/lib/encoding/utf8.js
var require_utf8 = __commonJS({
  "../../node_modules/.pnpm/chardet@2.2.0/node_modules/chardet/lib/encoding/utf8.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var match_1 = __importDefault(require_match());
    var Utf8 = class {
      name() {
        return "UTF-8";
      }
      match(det) {
        let hasBOM = false, numValid = 0, numInvalid = 0, trailBytes = 0, confidence;
        const input = det.rawInput;
        if (det.rawLen >= 3 && (input[0] & 255) == 239 && (input[1] & 255) == 187 && (input[2] & 255) == 191) {
          hasBOM = true;
        }
        for (let i = 0; i < det.rawLen; i++) {
          const b = input[i];
          if ((b & 128) == 0)
            continue;
          if ((b & 224) == 192) {
            trailBytes = 1;
          } else if ((b & 240) == 224) {
            trailBytes = 2;
          } else if ((b & 248) == 240) {
            trailBytes = 3;
          } else {
            numInvalid++;
            if (numInvalid > 5)
              break;
            trailBytes = 0;
          }
          for (; ; ) {
            i++;
            if (i >= det.rawLen)
              break;
            if ((input[i] & 192) != 128) {
              numInvalid++;
              break;
            }
            if (--trailBytes == 0) {
              numValid++;
              break;
            }
          }
        }
        confidence = 0;
        if (hasBOM && numInvalid == 0)
          confidence = 100;
        else if (hasBOM && numValid > numInvalid * 10)
          confidence = 80;
        else if (numValid > 3 && numInvalid == 0)
          confidence = 100;
        else if (numValid > 0 && numInvalid == 0)
          confidence = 80;
        else if (numValid == 0 && numInvalid == 0)
          confidence = 10;
        else if (numValid > numInvalid * 10)
          confidence = 25;
        else
          return null;
        return (0, match_1.default)(det, this, confidence);
      }
    };
    exports.default = Utf8;
  }
});

// ../../node_modules/.pnpm/chardet@2.2.0/node_modules/chardet/lib/encoding/unicode.js
var require_unicode = __commonJS({
  "../../node_modules/.pnpm/chardet@2.2.0/node_modules/chardet/lib/encoding/unicode.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.UTF_32LE = exports.UTF_32BE = exports.UTF_16LE = exports.UTF_16BE = void 0;
    var match_1 = __importDefault(require_match());
    var UTF_16BE = class {
      name() {
        return "UTF-16BE";
      }
      match(det) {
        const input = det.rawInput;
        if (input.length >= 2 && (input[0] & 255) == 254 && (input[1] & 255) == 255) {
          return (0, match_1.default)(det, this, 100);
        }
        return null;
      }
    };
    exports.UTF_16BE = UTF_16BE;
    var UTF_16LE = class {
      name() {
        return "UTF-16LE";
      }
      match(det) {
        const input = det.rawInput;
        if (input.length >= 2 && (input[0] & 255) == 255 && (input[1] & 255) == 254) {
          if (input.length >= 4 && input[2] == 0 && input[3] == 0) {
            return null;
          }
          return (0, match_1.default)(det, this, 100);
        }
        return null;
      }
    };
    exports.UTF_16LE = UTF_16LE;
    var UTF_32 = class {
      name() {
        return "UTF-32";
      }
      getChar(_input, _index) {
        return -1;
      }
      match(det) {
        let numValid = 0, numInvalid = 0, hasBOM = false, confidence = 0;
        const limit = det.rawLen / 4 * 4;
        const input = det.rawInput;
        if (limit == 0) {
          return null;
        }
        if (this.getChar(input, 0) == 65279) {
          hasBOM = true;
        }
        for (let i = 0; i < limit; i += 4) {
          const ch = this.getChar(input, i);
          if (ch < 0 || ch >= 1114111 || ch >= 55296 && ch <= 57343) {
            numInvalid += 1;
          } else {
            numValid += 1;
          }
        }
        if (hasBOM && numInvalid == 0) {
          confidence = 100;
        } else if (hasBOM && numValid > numInvalid * 10) {
          confidence = 80;
        } else if (numValid > 3 && numInvalid == 0) {
          confidence = 100;
        } else if (numValid > 0 && numInvalid == 0) {
          confidence = 80;
        } else if (numValid > numInvalid * 10) {
          confidence = 25;
        }
        return confidence == 0 ? null : (0, match_1.default)(det, this, confidence);
      }
    };
    var UTF_32BE = class extends UTF_32 {
      name() {
        return "UTF-32BE";
      }
      getChar(input, index) {
        return (input[index + 0] & 255) << 24 | (input[index + 1] & 255) << 16 | (input[index + 2] & 255) << 8 | input[index + 3] & 255;
      }
    };
    exports.UTF_32BE = UTF_32BE;
    var UTF_32LE = class extends UTF_32 {
      name() {
        return "UTF-32LE";
      }
      getChar(input, index) {
        return (input[index + 3] & 255) << 24 | (input[index + 2] & 255) << 16 | (input[index + 1] & 255) << 8 | input[index + 0] & 255;
      }
    };
    exports.UTF_32LE = UTF_32LE;
  }
});

// ../../node_modules/.pnpm/chardet@2.2.0/node_modules/chardet/lib/encoding/mbcs.js
var require_mbcs = __commonJS({
  "../../node_modules/.pnpm/chardet@2.2.0/node_modules/chardet/lib/encoding/mbcs.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.gb_18030 = exports.euc_kr = exports.euc_jp = exports.big5 = exports.sjis = void 0;
    var match_1 = __importDefault(require_match());
    function binarySearch(arr, searchValue) {
      const find = (arr2, searchValue2, left, right) => {
        if (right < left)
          return -1;
        const mid = Math.floor(left + right >>> 1);
        if (searchValue2 > arr2[mid])
          return find(arr2, searchValue2, mid + 1, right);
        if (searchValue2 < arr2[mid])
          return find(arr2, searchValue2, left, mid - 1);
        return mid;
      };
      return find(arr, searchValue, 0, arr.length - 1);
    }
    var IteratedChar = class {
      constructor() {
        this.charValue = 0;
        this.index = 0;
        this.nextIndex = 0;
        this.error = false;
        this.done = false;
      }
      reset() {
        this.charValue = 0;
        this.index = -1;
        this.nextIndex = 0;
        this.error = false;
        this.done = false;
      }
      nextByte(det) {
        if (this.nextIndex >= det.rawLen) {
          this.done = true;
          return -1;
        }
        const byteValue = det.rawInput[this.nextIndex++] & 255;
        return byteValue;
      }
    };
    var mbcs = class {
      constructor() {
        this.commonChars = [];
      }
      name() {
        return "mbcs";
      }
      match(det) {
        let doubleByteCharCount = 0, commonCharCount = 0, badCharCount = 0, totalCharCount = 0, confidence = 0;
        const iter = new IteratedChar();
        detectBlock: {
          for (iter.reset(); this.nextChar(iter, det); ) {
            totalCharCount++;
            if (iter.error) {
              badCharCount++;
            } else {
              const cv = iter.charValue & 4294967295;
              if (cv > 255) {
                doubleByteCharCount++;
                if (this.commonChars != null) {
                  if (binarySearch(this.commonChars, cv) >= 0) {
                    commonCharCount++;
                  }
                }
              }
            }
            if (badCharCount >= 2 && badCharCount * 5 >= doubleByteCharCount) {
              break detectBlock;
            }
          }
          if (doubleByteCharCount <= 10 && badCharCount == 0) {
            if (doubleByteCharCount == 0 && totalCharCount < 10) {
              confidence = 0;
            } else {
              confidence = 10;
            }
            break detectBlock;
          }
          if (doubleByteCharCount < 20 * badCharCount) {
            confidence = 0;
            break detectBlock;
          }
          if (this.commonChars == null) {
            confidence = 30 + doubleByteCharCount - 20 * badCharCount;
            if (confidence > 100) {
              confidence = 100;
            }
          } else {
            const maxVal = Math.log(doubleByteCharCount / 4);
            const scaleFactor = 90 / maxVal;
            confidence = Math.floor(Math.log(commonCharCount + 1) * scaleFactor + 10);
            confidence = Math.min(confidence, 100);
          }
        }
        return confidence == 0 ? null : (0, match_1.default)(det, this, confidence);
      }
      nextChar(_iter, _det) {
        return true;
      }
    };
    var sjis = class extends mbcs {
      constructor() {
        super(...arguments);
        this.commonChars = [
          33088,
          33089,
          33090,
          33093,
          33115,
          33129,
          33130,
          33141,
          33142,
          33440,
          33442,
          33444,
          33449,
          33450,
          33451,
          33453,
          33455,
          33457,
          33459,
          33461,
          33463,
          33469,
          33470,
          33473,
          33476,
          33477,
          33478,
          33480,
          33481,
          33484,
          33485,
          33500,
          33504,
          33511,
          33512,
          33513,
          33514,
          33520,
          33521,
          33601,
          33603,
          33614,
          33615,
          33624,
          33630,
          33634,
          33639,
          33653,
          33654,
          33673,
          33674,
          33675,
          33677,
          33683,
          36502,
          37882,
          38314
        ];
      }
      name() {
        return "Shift_JIS";
      }
      language() {
        return "ja";
      }
      nextChar(iter, det) {
        iter.index = iter.nextIndex;
        iter.error = false;
        const firstByte = iter.charValue = iter.nextByte(det);
        if (firstByte < 0)
          return false;
        if (firstByte <= 127 || firstByte > 160 && firstByte <= 223)
          return true;
        const secondByte = iter.nextByte(det);
        if (secondByte < 0)
          return false;
        iter.charValue = firstByte << 8 | secondByte;
        if (!(secondByte >= 64 && secondByte <= 127 || secondByte >= 128 && secondByte <= 255)) {
          iter.error = true;
        }
        return true;
      }
    };
    exports.sjis = sjis;
    var big5 = class extends mbcs {
      constructor() {
        super(...arguments);
        this.commonChars = [
          41280,
          41281,
          41282,
          41283,
          41287,
          41289,
          41333,
          41334,
          42048,
          42054,
          42055,
          42056,
          42065,
          42068,
          42071,
          42084,
          42090,
          42092,
          42103,
          42147,
          42148,
          42151,
          42177,
          42190,
          42193,
          42207,
          42216,
          42237,
          42304,
          42312,
          42328,
          42345,
          42445,
          42471,
          42583,
          42593,
          42594,
          42600,
          42608,
          42664,
          42675,
          42681,
          42707,
          42715,
          42726,
          42738,
          42816,
          42833,
          42841,
          42970,
          43171,
          43173,
          43181,
          43217,
          43219,
          43236,
          43260,
          43456,
          43474,
          43507,
          43627,
          43706,
          43710,
          43724,
          43772,
          44103,
          44111,
          44208,
          44242,
          44377,
          44745,
          45024,
          45290,
          45423,
          45747,
          45764,
          45935,
          46156,
          46158,
          46412,
          46501,
          46525,
          46544,
          46552,
          46705,
          47085,
          47207,
          47428,
          47832,
          47940,
          48033,
          48593,
          49860,
          50105,
          50240,
          50271
        ];
      }
      name() {
        return "Big5";
      }
      language() {
        return "zh";
      }
      nextChar(iter, det) {
        iter.index = iter.nextIndex;
        iter.error = false;
        const firstByte = iter.charValue = iter.nextByte(det);
        if (firstByte < 0)
          return false;
        if (firstByte <= 127 || firstByte == 255)
          return true;
        const secondByte = iter.nextByte(det);
        if (secondByte < 0)
          return false;
        iter.charValue = iter.charValue << 8 | secondByte;
        if (secondByte < 64 || secondByte == 127 || secondByte == 255)
          iter.error = true;
        return true;
      }
    };
    exports.big5 = big5;
    function eucNextChar(iter, det) {
      iter.index = iter.nextIndex;
      iter.error = false;
      let firstByte = 0;
      let secondByte = 0;
      let thirdByte = 0;
      buildChar: {
        firstByte = iter.charValue = iter.nextByte(det);
        if (firstByte < 0) {
          iter.done = true;
          break buildChar;
        }
        if (firstByte <= 141) {
          break buildChar;
        }
        secondByte = iter.nextByte(det);
        iter.charValue = iter.charValue << 8 | secondByte;
        if (firstByte >= 161 && firstByte <= 254) {
          if (secondByte < 161) {
            iter.error = true;
          }
          break buildChar;
        }
        if (firstByte == 142) {
          if (secondByte < 161) {
            iter.error = true;
          }
          break buildChar;
        }
        if (firstByte == 143) {
          thirdByte = iter.nextByte(det);
          iter.charValue = iter.charValue << 8 | thirdByte;
          if (thirdByte < 161) {
            iter.error = true;
          }
        }
      }
      return iter.done == false;
    }
    var euc_jp = class extends mbcs {
      constructor() {
        super(...arguments);
        this.commonChars = [
          41377,
          41378,
          41379,
          41382,
          41404,
          41418,
          41419,
          41430,
          41431,
          42146,
          42148,
          42150,
          42152,
          42154,
          42155,
          42156,
          42157,
          42159,
          42161,
          42163,
          42165,
          42167,
          42169,
          42171,
          42173,
          42175,
          42176,
          42177,
          42179,
          42180,
          42182,
          42183,
          42184,
          42185,
          42186,
          42187,
          42190,
          42191,
          42192,
          42206,
          42207,
          42209,
          42210,
          42212,
          42216,
          42217,
          42218,
          42219,
          42220,
          42223,
          42226,
          42227,
          42402,
          42403,
          42404,
          42406,
          42407,
          42410,
          42413,
          42415,
          42416,
          42419,
          42421,
          42423,
          42424,
          42425,
          42431,
          42435,
          42438,
          42439,
          42440,
          42441,
          42443,
          42448,
          42453,
          42454,
          42455,
          42462,
          42464,
          42465,
          42469,
          42473,
          42474,
          42475,
          42476,
          42477,
          42483,
          47273,
          47572,
          47854,
          48072,
          48880,
          49079,
          50410,
          50940,
          51133,
          51896,
          51955,
          52188,
          52689
        ];
        this.nextChar = eucNextChar;
      }
      name() {
        return "EUC-JP";
      }
      language() {
        return "ja";
      }
    };
    exports.euc_jp = euc_jp;
    var euc_kr = class extends mbcs {
      constructor() {
        super(...arguments);
        this.commonChars = [
          45217,
          45235,
          45253,
          45261,
          45268,
          45286,
          45293,
          45304,
          45306,
          45308,
          45496,
          45497,
          45511,
          45527,
          45538,
          45994,
          46011,
          46274,
          46287,
          46297,
          46315,
          46501,
          46517,
          46527,
          46535,
          46569,
          46835,
          47023,
          47042,
          47054,
          47270,
          47278,
          47286,
          47288,
          47291,
          47337,
          47531,
          47534,
          47564,
          47566,
          47613,
          47800,
          47822,
          47824,
          47857,
          48103,
          48115,
          48125,
          48301,
          48314,
          48338,
          48374,
          48570,
          48576,
          48579,
          48581,
          48838,
          48840,
          48863,
          48878,
          48888,
          48890,
          49057,
          49065,
          49088,
          49124,
          49131,
          49132,
          49144,
          49319,
          49327,
          49336,
          49338,
          49339,
          49341,
          49351,
          49356,
          49358,
          49359,
          49366,
          49370,
          49381,
          49403,
          49404,
          49572,
          49574,
          49590,
          49622,
          49631,
          49654,
          49656,
          50337,
          50637,
          50862,
          51151,
          51153,
          51154,
          51160,
          51173,
          51373
        ];
        this.nextChar = eucNextChar;
      }
      name() {
        return "EUC-KR";
      }
      language() {
        return "ko";
      }
    };
    exports.euc_kr = euc_kr;
    var gb_18030 = class extends mbcs {
      constructor() {
        super(...arguments);
        this.commonChars = [
          41377,
          41378,
          41379,
          41380,
          41392,
          41393,
          41457,
          41459,
          41889,
          41900,
          41914,
          45480,
          45496,
          45502,
          45755,
          46025,
          46070,
          46323,
          46525,
          46532,
          46563,
          46767,
          46804,
          46816,
          47010,
          47016,
          47037,
          47062,
          47069,
          47284,
          47327,
          47350,
          47531,
          47561,
          47576,
          47610,
          47613,
          47821,
          48039,
          48086,
          48097,
          48122,
          48316,
          48347,
          48382,
          48588,
          48845,
          48861,
          49076,
          49094,
          49097,
          49332,
          49389,
          49611,
          49883,
          50119,
          50396,
          50410,
          50636,
          50935,
          51192,
          51371,
          51403,
          51413,
          51431,
          51663,
          51706,
          51889,
          51893,
          51911,
          51920,
          51926,
          51957,
          51965,
          52460,
          52728,
          52906,
          52932,
          52946,
          52965,
          53173,
          53186,
          53206,
          53442,
          53445,
          53456,
          53460,
          53671,
          53930,
          53938,
          53941,
          53947,
          53972,
          54211,
          54224,
          54269,
          54466,
          54490,
          54754,
          54992
        ];
      }
      name() {
        return "GB18030";
      }
      language() {
        return "zh";
      }
      nextChar(iter, det) {
        iter.index = iter.nextIndex;
        iter.error = false;
        let firstByte = 0;
        let secondByte = 0;
        let thirdByte = 0;
        let fourthByte = 0;
        buildChar: {
          firstByte = iter.charValue = iter.nextByte(det);
          if (firstByte < 0) {
            iter.done = true;
            break buildChar;
          }
          if (firstByte <= 128) {
            break buildChar;
          }
          secondByte = iter.nextByte(det);
          iter.charValue = iter.charValue << 8 | secondByte;
          if (firstByte >= 129 && firstByte <= 254) {
            if (secondByte >= 64 && secondByte <= 126 || secondByte >= 80 && secondByte <= 254) {
              break buildChar;
            }
            if (secondByte >= 48 && secondByte <= 57) {
              thirdByte = iter.nextByte(det);
              if (thirdByte >= 129 && thirdByte <= 254) {
                fourthByte = iter.nextByte(det);
                if (fourthByte >= 48 && fourthByte <= 57) {
                  iter.charValue = iter.charValue << 16 | thirdByte << 8 | fourthByte;
                  break buildChar;
                }
              }
            }
            iter.error = true;
            break buildChar;
          }
        }
        return iter.done == false;
      }
    };
    exports.gb_18030 = gb_18030;
  }
});

// ../../node_modules/.pnpm/chardet@2.2.0/node_modules/chardet/lib/encoding/sbcs.js
var require_sbcs = __commonJS({
  "../../node_modules/.pnpm/chardet@2.2.0/node_modules/chardet/lib/encoding/sbcs.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.KOI8_R = exports.windows_874 = exports.windows_1258 = exports.windows_1257 = exports.windows_1256 = exports.windows_1251 = exports.ISO_8859_9 = exports.ISO_8859_8 = exports.ISO_8859_7 = exports.ISO_8859_6 = exports.ISO_8859_5 = exports.ISO_8859_2 = exports.ISO_8859_1 = void 0;
    var match_1 = __importDefault(require_match());
    var N_GRAM_MASK = 16777215;
    var NGramParser = class {
      constructor(theNgramList, theByteMap) {
        this.byteIndex = 0;
        this.ngram = 0;
        this.ngramCount = 0;
        this.hitCount = 0;
        this.spaceChar = 32;
        this.ngramList = theNgramList;
        this.byteMap = theByteMap;
      }
      search(table, value) {
        let index = 0;
        if (table[index + 32] <= value)
          index += 32;
        if (table[index + 16] <= value)
          index += 16;
        if (table[index + 8] <= value)
          index += 8;
        if (table[index + 4] <= value)
          index += 4;
        if (table[index + 2] <= value)
          index += 2;
        if (table[index + 1] <= value)
          index += 1;
        if (table[index] > value)
          index -= 1;
        if (index < 0 || table[index] != value)
          return -1;
        return index;
      }
      lookup(thisNgram) {
        this.ngramCount += 1;
        if (this.search(this.ngramList, thisNgram) >= 0) {
          this.hitCount += 1;
        }
      }
      addByte(b) {
        this.ngram = (this.ngram << 8) + (b & 255) & N_GRAM_MASK;
        this.lookup(this.ngram);
      }
      nextByte(det) {
        if (this.byteIndex >= det.inputLen)
          return -1;
        return det.inputBytes[this.byteIndex++] & 255;
      }
      parse(det, spaceCh) {
        let b, ignoreSpace = false;
        this.spaceChar = spaceCh;
        while ((b = this.nextByte(det)) >= 0) {
          const mb = this.byteMap[b];
          if (mb != 0) {
            if (!(mb == this.spaceChar && ignoreSpace)) {
              this.addByte(mb);
            }
            ignoreSpace = mb == this.spaceChar;
          }
        }
        this.addByte(this.spaceChar);
        const rawPercent = this.hitCount / this.ngramCount;
        if (rawPercent > 0.33)
          return 98;
        return Math.floor(rawPercent * 300);
      }
    };
    var NGramsPlusLang = class {
      constructor(la, ng) {
        this.fLang = la;
        this.fNGrams = ng;
      }
    };
    var isFlatNgrams = (val) => Array.isArray(val) && isFinite(val[0]);
    var sbcs = class {
      constructor() {
        this.spaceChar = 32;
        this.nGramLang = void 0;
      }
      ngrams() {
        return [];
      }
      byteMap() {
        return [];
      }
      name(_input) {
        return "sbcs";
      }
      language() {
        return this.nGramLang;
      }
      match(det) {
        this.nGramLang = void 0;
        const ngrams = this.ngrams();
        if (isFlatNgrams(ngrams)) {
          const parser = new NGramParser(ngrams, this.byteMap());
          const confidence = parser.parse(det, this.spaceChar);
          return confidence <= 0 ? null : (0, match_1.default)(det, this, confidence);
        }
        let bestConfidence = -1;
        for (let i = ngrams.length - 1; i >= 0; i--) {
          const ngl = ngrams[i];
          const parser = new NGramParser(ngl.fNGrams, this.byteMap());
          const confidence = parser.parse(det, this.spaceChar);
          if (confidence > bestConfidence) {
            bestConfidence = confidence;
            this.nGramLang = ngl.fLang;
          }
        }
        return bestConfidence <= 0 ? null : (0, match_1.default)(det, this, bestConfidence);
      }
    };
    var ISO_8859_1 = class extends sbcs {
      byteMap() {
        return [
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          0,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          97,
          98,
          99,
          100,
          101,
          102,
          103,
          104,
          105,
          106,
          107,
          108,
          109,
          110,
          111,
          112,
          113,
          114,
          115,
          116,
          117,
          118,
          119,
          120,
          121,
          122,
          32,
          32,
          32,
          32,
          32,
          32,
          97,
          98,
          99,
          100,
          101,
          102,
          103,
          104,
          105,
          106,
          107,
          108,
          109,
          110,
          111,
          112,
          113,
          114,
          115,
          116,
          117,
          118,
          119,
          120,
          121,
          122,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          170,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          181,
          32,
          32,
          32,
          32,
          186,
          32,
          32,
          32,
          32,
          32,
          224,
          225,
          226,
          227,
          228,
          229,
          230,
          231,
          232,
          233,
          234,
          235,
          236,
          237,
          238,
          239,
          240,
          241,
          242,
          243,
          244,
          245,
          246,
          32,
          248,
          249,
          250,
          251,
          252,
          253,
          254,
          223,
          224,
          225,
          226,
          227,
          228,
          229,
          230,
          231,
          232,
          233,
          234,
          235,
          236,
          237,
          238,
          239,
          240,
          241,
          242,
          243,
          244,
          245,
          246,
          32,
          248,
          249,
          250,
          251,
          252,
          253,
          254,
          255
        ];
      }
      ngrams() {
        return [
          new NGramsPlusLang("da", [
            2122086,
            2122100,
            2122853,
            2123118,
            2123122,
            2123375,
            2123873,
            2124064,
            2125157,
            2125671,
            2126053,
            2126697,
            2126708,
            2126953,
            2127465,
            6383136,
            6385184,
            6385252,
            6386208,
            6386720,
            6579488,
            6579566,
            6579570,
            6579572,
            6627443,
            6644768,
            6644837,
            6647328,
            6647396,
            6648352,
            6648421,
            6648608,
            6648864,
            6713202,
            6776096,
            6776174,
            6776178,
            6907749,
            6908960,
            6909543,
            7038240,
            7039845,
            7103858,
            7104871,
            7105637,
            7169380,
            7234661,
            7234848,
            7235360,
            7235429,
            7300896,
            7302432,
            7303712,
            7398688,
            7479396,
            7479397,
            7479411,
            7496992,
            7566437,
            7610483,
            7628064,
            7628146,
            7629164,
            7759218
          ]),
          new NGramsPlusLang("de", [
            2122094,
            2122101,
            2122341,
            2122849,
            2122853,
            2122857,
            2123113,
            2123621,
            2123873,
            2124142,
            2125161,
            2126691,
            2126693,
            2127214,
            2127461,
            2127471,
            2127717,
            2128501,
            6448498,
            6514720,
            6514789,
            6514804,
            6578547,
            6579566,
            6579570,
            6580581,
            6627428,
            6627443,
            6646126,
            6646132,
            6647328,
            6648352,
            6648608,
            6776174,
            6841710,
            6845472,
            6906728,
            6907168,
            6909472,
            6909541,
            6911008,
            7104867,
            7105637,
            7217249,
            7217252,
            7217267,
            7234592,
            7234661,
            7234848,
            7235360,
            7235429,
            7238757,
            7479396,
            7496805,
            7497065,
            7562088,
            7566437,
            7610468,
            7628064,
            7628142,
            7628146,
            7695972,
            7695975,
            7759218
          ]),
          new NGramsPlusLang("en", [
            2122016,
            2122094,
            2122341,
            2122607,
            2123375,
            2123873,
            2123877,
            2124142,
            2125153,
            2125670,
            2125938,
            2126437,
            2126689,
            2126708,
            2126952,
            2126959,
            2127720,
            6383972,
            6384672,
            6385184,
            6385252,
            6386464,
            6386720,
            6386789,
            6386793,
            6561889,
            6561908,
            6627425,
            6627443,
            6627444,
            6644768,
            6647412,
            6648352,
            6648608,
            6713202,
            6840692,
            6841632,
            6841714,
            6906912,
            6909472,
            6909543,
            6909806,
            6910752,
            7217249,
            7217268,
            7234592,
            7235360,
            7238688,
            7300640,
            7302688,
            7303712,
            7496992,
            7500576,
            7544929,
            7544948,
            7561577,
            7566368,
            7610484,
            7628146,
            7628897,
            7628901,
            7629167,
            7630624,
            7631648
          ]),
          new NGramsPlusLang("es", [
            2122016,
            2122593,
            2122607,
            2122853,
            2123116,
            2123118,
            2123123,
            2124142,
            2124897,
            2124911,
            2125921,
            2125935,
            2125938,
            2126197,
            2126437,
            2126693,
            2127214,
            2128160,
            6365283,
            6365284,
            6365285,
            6365292,
            6365296,
            6382441,
            6382703,
            6384672,
            6386208,
            6386464,
            6515187,
            6516590,
            6579488,
            6579564,
            6582048,
            6627428,
            6627429,
            6627436,
            6646816,
            6647328,
            6647412,
            6648608,
            6648692,
            6907246,
            6943598,
            7102752,
            7106419,
            7217253,
            7238757,
            7282788,
            7282789,
            7302688,
            7303712,
            7303968,
            7364978,
            7435621,
            7495968,
            7497075,
            7544932,
            7544933,
            7544944,
            7562528,
            7628064,
            7630624,
            7693600,
            15953440
          ]),
          new NGramsPlusLang("fr", [
            2122101,
            2122607,
            2122849,
            2122853,
            2122869,
            2123118,
            2123124,
            2124897,
            2124901,
            2125921,
            2125935,
            2125938,
            2126197,
            2126693,
            2126703,
            2127214,
            2154528,
            6385268,
            6386793,
            6513952,
            6516590,
            6579488,
            6579571,
            6583584,
            6627425,
            6627427,
            6627428,
            6627429,
            6627436,
            6627440,
            6627443,
            6647328,
            6647412,
            6648352,
            6648608,
            6648864,
            6649202,
            6909806,
            6910752,
            6911008,
            7102752,
            7103776,
            7103859,
            7169390,
            7217252,
            7234848,
            7238432,
            7238688,
            7302688,
            7302772,
            7304562,
            7435621,
            7479404,
            7496992,
            7544929,
            7544932,
            7544933,
            7544940,
            7544944,
            7610468,
            7628064,
            7629167,
            7693600,
            7696928
          ]),
          new NGramsPlusLang("it", [
            2122092,
            2122600,
            2122607,
            2122853,
            2122857,
            2123040,
            2124140,
            2124142,
            2124897,
            2125925,
            2125938,
            2127214,
            6365283,
            6365284,
            6365296,
            6365299,
            6386799,
            6514789,
            6516590,
            6579564,
            6580512,
            6627425,
            6627427,
            6627428,
            6627433,
            6627436,
            6627440,
            6627443,
            6646816,
            6646892,
            6647412,
            6648352,
            6841632,
            6889569,
            6889571,
            6889572,
            6889587,
            6906144,
            6908960,
            6909472,
            6909806,
            7102752,
            7103776,
            7104800,
            7105633,
            7234848,
            7235872,
            7237408,
            7238757,
            7282785,
            7282788,
            7282793,
            7282803,
            7302688,
            7302757,
            7366002,
            7495968,
            7496992,
            7563552,
            7627040,
            7628064,
            7629088,
            7630624,
            8022383
          ]),
          new NGramsPlusLang("nl", [
            2122092,
            2122341,
            2122849,
            2122853,
            2122857,
            2123109,
            2123118,
            2123621,
            2123877,
            2124142,
            2125153,
            2125157,
            2125680,
            2126949,
            2127457,
            2127461,
            2127471,
            2127717,
            2128489,
            6381934,
            6381938,
            6385184,
            6385252,
            6386208,
            6386720,
            6514804,
            6579488,
            6579566,
            6579570,
            6627426,
            6627446,
            6645102,
            6645106,
            6647328,
            6648352,
            6648435,
            6648864,
            6776174,
            6841716,
            6907168,
            6909472,
            6909543,
            6910752,
            7217250,
            7217252,
            7217253,
            7217256,
            7217263,
            7217270,
            7234661,
            7235360,
            7302756,
            7303026,
            7303200,
            7303712,
            7562088,
            7566437,
            7610468,
            7628064,
            7628142,
            7628146,
            7758190,
            7759218,
            7761775
          ]),
          new NGramsPlusLang("no", [
            2122100,
            2122102,
            2122853,
            2123118,
            2123122,
            2123375,
            2123873,
            2124064,
            2125157,
            2125671,
            2126053,
            2126693,
            2126699,
            2126703,
            2126708,
            2126953,
            2127465,
            2155808,
            6385252,
            6386208,
            6386720,
            6579488,
            6579566,
            6579572,
            6627443,
            6644768,
            6647328,
            6647397,
            6648352,
            6648421,
            6648864,
            6648948,
            6713202,
            6776174,
            6908779,
            6908960,
            6909543,
            7038240,
            7039845,
            7103776,
            7105637,
            7169380,
            7169390,
            7217267,
            7234848,
            7235360,
            7235429,
            7237221,
            7300896,
            7302432,
            7303712,
            7398688,
            7479411,
            7496992,
            7565165,
            7566437,
            7610483,
            7628064,
            7628142,
            7628146,
            7629164,
            7631904,
            7631973,
            7759218
          ]),
          new NGramsPlusLang("pt", [
            2122016,
            2122607,
            2122849,
            2122853,
            2122863,
            2123040,
            2123123,
            2125153,
            2125423,
            2125600,
            2125921,
            2125935,
            2125938,
            2126197,
            2126437,
            2126693,
            2127213,
            6365281,
            6365283,
            6365284,
            6365296,
            6382693,
            6382703,
            6384672,
            6386208,
            6386273,
            6386464,
            6516589,
            6516590,
            6578464,
            6579488,
            6582048,
            6582131,
            6627425,
            6627428,
            6647072,
            6647412,
            6648608,
            6648692,
            6906144,
            6906721,
            7169390,
            7238757,
            7238767,
            7282785,
            7282787,
            7282788,
            7282789,
            7282800,
            7303968,
            7364978,
            7435621,
            7495968,
            7497075,
            7544929,
            7544932,
            7544933,
            7544944,
            7566433,
            7628064,
            7630624,
            7693600,
            14905120,
            15197039
          ]),
          new NGramsPlusLang("sv", [
            2122100,
            2122102,
            2122853,
            2123118,
            2123510,
            2123873,
            2124064,
            2124142,
            2124655,
            2125157,
            2125667,
            2126053,
            2126699,
            2126703,
            2126708,
            2126953,
            2127457,
            2127465,
            2155634,
            6382693,
            6385184,
            6385252,
            6386208,
            6386804,
            6514720,
            6579488,
            6579566,
            6579570,
            6579572,
            6644768,
            6647328,
            6648352,
            6648864,
            6747762,
            6776174,
            6909036,
            6909543,
            7037216,
            7105568,
            7169380,
            7217267,
            7233824,
            7234661,
            7235360,
            7235429,
            7235950,
            7299944,
            7302432,
            7302688,
            7398688,
            7479393,
            7479411,
            7495968,
            7564129,
            7565165,
            7610483,
            7627040,
            7628064,
            7628146,
            7629164,
            7631904,
            7758194,
            14971424,
            16151072
          ])
        ];
      }
      name(input) {
        return input && input.c1Bytes ? "windows-1252" : "ISO-8859-1";
      }
    };
    exports.ISO_8859_1 = ISO_8859_1;
    var ISO_8859_2 = class extends sbcs {
      byteMap() {
        return [
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          0,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          97,
          98,
          99,
          100,
          101,
          102,
          103,
          104,
          105,
          106,
          107,
          108,
          109,
          110,
          111,
          112,
          113,
          114,
          115,
          116,
          117,
          118,
          119,
          120,
          121,
          122,
          32,
          32,
          32,
          32,
          32,
          32,
          97,
          98,
          99,
          100,
          101,
          102,
          103,
          104,
          105,
          106,
          107,
          108,
          109,
          110,
          111,
          112,
          113,
          114,
          115,
          116,
          117,
          118,
          119,
          120,
          121,
          122,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          177,
          32,
          179,
          32,
          181,
          182,
          32,
          32,
          185,
          186,
          187,
          188,
          32,
          190,
          191,
          32,
          177,
          32,
          179,
          32,
          181,
          182,
          183,
          32,
          185,
          186,
          187,
          188,
          32,
          190,
          191,
          224,
          225,
          226,
          227,
          228,
          229,
          230,
          231,
          232,
          233,
          234,
          235,
          236,
          237,
          238,
          239,
          240,
          241,
          242,
          243,
          244,
          245,
          246,
          32,
          248,
          249,
          250,
          251,
          252,
          253,
          254,
          223,
          224,
          225,
          226,
          227,
          228,
          229,
          230,
          231,
          232,
          233,
          234,
          235,
          236,
          237,
          238,
          239,
          240,
          241,
          242,
          243,
          244,
          245,
          246,
          32,
          248,
          249,
          250,
          251,
          252,
          253,
          254,
          32
        ];
      }
      ngrams() {
        return [
          new NGramsPlusLang("cs", [
            2122016,
            2122361,
            2122863,
            2124389,
            2125409,
            2125413,
            2125600,
            2125668,
            2125935,
            2125938,
            2126072,
            2126447,
            2126693,
            2126703,
            2126708,
            2126959,
            2127392,
            2127481,
            2128481,
            6365296,
            6513952,
            6514720,
            6627440,
            6627443,
            6627446,
            6647072,
            6647533,
            6844192,
            6844260,
            6910836,
            6972704,
            7042149,
            7103776,
            7104800,
            7233824,
            7268640,
            7269408,
            7269664,
            7282800,
            7300206,
            7301737,
            7304052,
            7304480,
            7304801,
            7368548,
            7368554,
            7369327,
            7403621,
            7562528,
            7565173,
            7566433,
            7566441,
            7566446,
            7628146,
            7630573,
            7630624,
            7676016,
            12477728,
            14773997,
            15296623,
            15540336,
            15540339,
            15559968,
            16278884
          ]),
          new NGramsPlusLang("hu", [
            2122016,
            2122106,
            2122341,
            2123111,
            2123116,
            2123365,
            2123873,
            2123887,
            2124147,
            2124645,
            2124649,
            2124790,
            2124901,
            2125153,
            2125157,
            2125161,
            2125413,
            2126714,
            2126949,
            2156915,
            6365281,
            6365291,
            6365293,
            6365299,
            6384416,
            6385184,
            6388256,
            6447470,
            6448494,
            6645625,
            6646560,
            6646816,
            6646885,
            6647072,
            6647328,
            6648421,
            6648864,
            6648933,
            6648948,
            6781216,
            6844263,
            6909556,
            6910752,
            7020641,
            7075450,
            7169383,
            7170414,
            7217249,
            7233899,
            7234923,
            7234925,
            7238688,
            7300985,
            7544929,
            7567973,
            7567988,
            7568097,
            7596391,
            7610465,
            7631904,
            7659891,
            8021362,
            14773792,
            15299360
          ]),
          new NGramsPlusLang("pl", [
            2122618,
            2122863,
            2124064,
            2124389,
            2124655,
            2125153,
            2125161,
            2125409,
            2125417,
            2125668,
            2125935,
            2125938,
            2126697,
            2127648,
            2127721,
            2127737,
            2128416,
            2128481,
            6365296,
            6365303,
            6385257,
            6514720,
            6519397,
            6519417,
            6582048,
            6584937,
            6627440,
            6627443,
            6627447,
            6627450,
            6645615,
            6646304,
            6647072,
            6647401,
            6778656,
            6906144,
            6907168,
            6907242,
            7037216,
            7039264,
            7039333,
            7170405,
            7233824,
            7235937,
            7235941,
            7282800,
            7305057,
            7305065,
            7368556,
            7369313,
            7369327,
            7369338,
            7502437,
            7502457,
            7563754,
            7564137,
            7566433,
            7825765,
            7955304,
            7957792,
            8021280,
            8022373,
            8026400,
            15955744
          ]),
          new NGramsPlusLang("ro", [
            2122016,
            2122083,
            2122593,
            2122597,
            2122607,
            2122613,
            2122853,
            2122857,
            2124897,
            2125153,
            2125925,
            2125938,
            2126693,
            2126819,
            2127214,
            2144873,
            2158190,
            6365283,
            6365284,
            6386277,
            6386720,
            6386789,
            6386976,
            6513010,
            6516590,
            6518048,
            6546208,
            6579488,
            6627425,
            6627427,
            6627428,
            6627440,
            6627443,
            6644e3,
            6646048,
            6646885,
            6647412,
            6648692,
            6889569,
            6889571,
            6889572,
            6889584,
            6907168,
            6908192,
            6909472,
            7102752,
            7103776,
            7106418,
            7107945,
            7234848,
            7238770,
            7303712,
            7365998,
            7496992,
            7497057,
            7501088,
            7594784,
            7628064,
            7631477,
            7660320,
            7694624,
            7695392,
            12216608,
            15625760
          ])
        ];
      }
      name(det) {
        return det && det.c1Bytes ? "windows-1250" : "ISO-8859-2";
      }
    };
    exports.ISO_8859_2 = ISO_8859_2;
    var ISO_8859_5 = class extends sbcs {
      byteMap() {
        return [
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          0,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          97,
          98,
          99,
          100,
          101,
          102,
          103,
          104,
          105,
          106,
          107,
          108,
          109,
          110,
          111,
          112,
          113,
          114,
          115,
          116,
          117,
          118,
          119,
          120,
          121,
          122,
          32,
          32,
          32,
          32,
          32,
          32,
          97,
          98,
          99,
          100,
          101,
          102,
          103,
          104,
          105,
          106,
          107,
          108,
          109,
          110,
          111,
          112,
          113,
          114,
          115,
          116,
          117,
          118,
          119,
          120,
          121,
          122,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          241,
          242,
          243,
          244,
          245,
          246,
          247,
          248,
          249,
          250,
          251,
          252,
          32,
          254,
          255,
          208,
          209,
          210,
          211,
          212,
          213,
          214,
          215,
          216,
          217,
          218,
          219,
          220,
          221,
          222,
          223,
          224,
          225,
          226,
          227,
          228,
          229,
          230,
          231,
          232,
          233,
          234,
          235,
          236,
          237,
          238,
          239,
          208,
          209,
          210,
          211,
          212,
          213,
          214,
          215,
          216,
          217,
          218,
          219,
          220,
          221,
          222,
          223,
          224,
          225,
          226,
          227,
          228,
          229,
          230,
          231,
          232,
          233,
          234,
          235,
          236,
          237,
          238,
          239,
          32,
          241,
          242,
          243,
          244,
          245,
          246,
          247,
          248,
          249,
          250,
          251,
          252,
          32,
          254,
          255
        ];
      }
      ngrams() {
        return [
          2150944,
          2151134,
          2151646,
          2152400,
          2152480,
          2153168,
          2153182,
          2153936,
          2153941,
          2154193,
          2154462,
          2154464,
          2154704,
          2154974,
          2154978,
          2155230,
          2156514,
          2158050,
          13688280,
          13689580,
          13884960,
          14015468,
          14015960,
          14016994,
          14017056,
          14164191,
          14210336,
          14211104,
          14216992,
          14407133,
          14407712,
          14413021,
          14536736,
          14538016,
          14538965,
          14538991,
          14540320,
          14540498,
          14557394,
          14557407,
          14557409,
          14602784,
          14602960,
          14603230,
          14604576,
          14605292,
          14605344,
          14606818,
          14671579,
          14672085,
          14672088,
          14672094,
          14733522,
          14734804,
          14803664,
          14803666,
          14803672,
          14806816,
          14865883,
          14868e3,
          14868192,
          14871584,
          15196894,
          15459616
        ];
      }
      name() {
        return "ISO-8859-5";
      }
      language() {
        return "ru";
      }
    };
    exports.ISO_8859_5 = ISO_8859_5;
    var ISO_8859_6 = class extends sbcs {
      byteMap() {
        return [
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          0,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          97,
          98,
          99,
          100,
          101,
          102,
          103,
          104,
          105,
          106,
          107,
          108,
          109,
          110,
          111,
          112,
          113,
          114,
          115,
          116,
          117,
          118,
          119,
          120,
          121,
          122,
          32,
          32,
          32,
          32,
          32,
          32,
          97,
          98,
          99,
          100,
          101,
          102,
          103,
          104,
          105,
          106,
          107,
          108,
          109,
          110,
          111,
          112,
          113,
          114,
          115,
          116,
          117,
          118,
          119,
          120,
          121,
          122,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          193,
          194,
          195,
          196,
          197,
          198,
          199,
          200,
          201,
          202,
          203,
          204,
          205,
          206,
          207,
          208,
          209,
          210,
          211,
          212,
          213,
          214,
          215,
          216,
          217,
          218,
          32,
          32,
          32,
          32,
          32,
          224,
          225,
          226,
          227,
          228,
          229,
          230,
          231,
          232,
          233,
          234,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32
        ];
      }
      ngrams() {
        return [
          2148324,
          2148326,
          2148551,
          2152932,
          2154986,
          2155748,
          2156006,
          2156743,
          13050055,
          13091104,
          13093408,
          13095200,
          13100064,
          13100227,
          13100231,
          13100232,
          13100234,
          13100236,
          13100237,
          13100239,
          13100243,
          13100249,
          13100258,
          13100261,
          13100264,
          13100266,
          13100320,
          13100576,
          13100746,
          13115591,
          13181127,
          13181153,
          13181156,
          13181157,
          13181160,
          13246663,
          13574343,
          13617440,
          13705415,
          13748512,
          13836487,
          14229703,
          14279913,
          14805536,
          14950599,
          14993696,
          15001888,
          15002144,
          15016135,
          15058720,
          15059232,
          15066656,
          15081671,
          15147207,
          15189792,
          15255524,
          15263264,
          15278279,
          15343815,
          15343845,
          15343848,
          15386912,
          15388960,
          15394336
        ];
      }
      name() {
        return "ISO-8859-6";
      }
      language() {
        return "ar";
      }
    };
    exports.ISO_8859_6 = ISO_8859_6;
    var ISO_8859_7 = class extends sbcs {
      byteMap() {
        return [
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          0,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          97,
          98,
          99,
          100,
          101,
          102,
          103,
          104,
          105,
          106,
          107,
          108,
          109,
          110,
          111,
          112,
          113,
          114,
          115,
          116,
          117,
          118,
          119,
          120,
          121,
          122,
          32,
          32,
          32,
          32,
          32,
          32,
          97,
          98,
          99,
          100,
          101,
          102,
          103,
          104,
          105,
          106,
          107,
          108,
          109,
          110,
          111,
          112,
          113,
          114,
          115,
          116,
          117,
          118,
          119,
          120,
          121,
          122,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          161,
          162,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          220,
          32,
          221,
          222,
          223,
          32,
          252,
          32,
          253,
          254,
          192,
          225,
          226,
          227,
          228,
          229,
          230,
          231,
          232,
          233,
          234,
          235,
          236,
          237,
          238,
          239,
          240,
          241,
          32,
          243,
          244,
          245,
          246,
          247,
          248,
          249,
          250,
          251,
          220,
          221,
          222,
          223,
          224,
          225,
          226,
          227,
          228,
          229,
          230,
          231,
          232,
          233,
          234,
          235,
          236,
          237,
          238,
          239,
          240,
          241,
          242,
          243,
          244,
          245,
          246,
          247,
          248,
          249,
          250,
          251,
          252,
          253,
          254,
          32
        ];
      }
      ngrams() {
        return [
          2154989,
          2154992,
          2155497,
          2155753,
          2156016,
          2156320,
          2157281,
          2157797,
          2158049,
          2158368,
          2158817,
          2158831,
          2158833,
          2159604,
          2159605,
          2159847,
          2159855,
          14672160,
          14754017,
          14754036,
          14805280,
          14806304,
          14807292,
          14807584,
          14936545,
          15067424,
          15069728,
          15147252,
          15199520,
          15200800,
          15278324,
          15327520,
          15330014,
          15331872,
          15393257,
          15393268,
          15525152,
          15540449,
          15540453,
          15540464,
          15589664,
          15725088,
          15725856,
          15790069,
          15790575,
          15793184,
          15868129,
          15868133,
          15868138,
          15868144,
          15868148,
          15983904,
          15984416,
          15987951,
          16048416,
          16048617,
          16050157,
          16050162,
          16050666,
          16052e3,
          16052213,
          16054765,
          16379168,
          16706848
        ];
      }
      name(det) {
        return det && det.c1Bytes ? "windows-1253" : "ISO-8859-7";
      }
      language() {
        return "el";
      }
    };
    exports.ISO_8859_7 = ISO_8859_7;
    var ISO_8859_8 = class extends sbcs {
      byteMap() {
        return [
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          0,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          97,
          98,
          99,
          100,
          101,
          102,
          103,
          104,
          105,
          106,
          107,
          108,
          109,
          110,
          111,
          112,
          113,
          114,
          115,
          116,
          117,
          118,
          119,
          120,
          121,
          122,
          32,
          32,
          32,
          32,
          32,
          32,
          97,
          98,
          99,
          100,
          101,
          102,
          103,
          104,
          105,
          106,
          107,
          108,
          109,
          110,
          111,
          112,
          113,
          114,
          115,
          116,
          117,
          118,
          119,
          120,
          121,
          122,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          181,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          224,
          225,
          226,
          227,
          228,
          229,
          230,
          231,
          232,
          233,
          234,
          235,
          236,
          237,
          238,
          239,
          240,
          241,
          242,
          243,
          244,
          245,
          246,
          247,
          248,
          249,
          250,
          32,
          32,
          32,
          32,
          32
        ];
      }
      ngrams() {
        return [
          new NGramsPlusLang("he", [
            2154725,
            2154727,
            2154729,
            2154746,
            2154985,
            2154990,
            2155744,
            2155749,
            2155753,
            2155758,
            2155762,
            2155769,
            2155770,
            2157792,
            2157796,
            2158304,
            2159340,
            2161132,
            14744096,
            14950624,
            14950625,
            14950628,
            14950636,
            14950638,
            14950649,
            15001056,
            15065120,
            15068448,
            15068960,
            15071264,
            15071776,
            15278308,
            15328288,
            15328762,
            15329773,
            15330592,
            15331104,
            15333408,
            15333920,
            15474912,
            15474916,
            15523872,
            15524896,
            15540448,
            15540449,
            15540452,
            15540460,
            15540462,
            15540473,
            15655968,
            15671524,
            15787040,
            15788320,
            15788525,
            15920160,
            16261348,
            16312813,
            16378912,
            16392416,
            16392417,
            16392420,
            16392428,
            16392430,
            16392441
          ]),
          new NGramsPlusLang("he", [
            2154725,
            2154732,
            2155753,
            2155756,
            2155758,
            2155760,
            2157040,
            2157810,
            2157817,
            2158053,
            2158057,
            2158565,
            2158569,
            2160869,
            2160873,
            2161376,
            2161381,
            2161385,
            14688484,
            14688492,
            14688493,
            14688506,
            14738464,
            14738916,
            14740512,
            14741024,
            14754020,
            14754029,
            14754042,
            14950628,
            14950633,
            14950636,
            14950637,
            14950639,
            14950648,
            14950650,
            15002656,
            15065120,
            15066144,
            15196192,
            15327264,
            15327520,
            15328288,
            15474916,
            15474925,
            15474938,
            15528480,
            15530272,
            15591913,
            15591920,
            15591928,
            15605988,
            15605997,
            15606010,
            15655200,
            15655968,
            15918112,
            16326884,
            16326893,
            16326906,
            16376864,
            16441376,
            16442400,
            16442857
          ])
        ];
      }
      name(det) {
        return det && det.c1Bytes ? "windows-1255" : "ISO-8859-8";
      }
      language() {
        return "he";
      }
    };
    exports.ISO_8859_8 = ISO_8859_8;
    var ISO_8859_9 = class extends sbcs {
      byteMap() {
        return [
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          0,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          97,
          98,
          99,
          100,
          101,
          102,
          103,
          104,
          105,
          106,
          107,
          108,
          109,
          110,
          111,
          112,
          113,
          114,
          115,
          116,
          117,
          118,
          119,
          120,
          121,
          122,
          32,
          32,
          32,
          32,
          32,
          32,
          97,
          98,
          99,
          100,
          101,
          102,
          103,
          104,
          105,
          106,
          107,
          108,
          109,
          110,
          111,
          112,
          113,
          114,
          115,
          116,
          117,
          118,
          119,
          120,
          121,
          122,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          170,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          181,
          32,
          32,
          32,
          32,
          186,
          32,
          32,
          32,
          32,
          32,
          224,
          225,
          226,
          227,
          228,
          229,
          230,
          231,
          232,
          233,
          234,
          235,
          236,
          237,
          238,
          239,
          240,
          241,
          242,
          243,
          244,
          245,
          246,
          32,
          248,
          249,
          250,
          251,
          252,
          105,
          254,
          223,
          224,
          225,
          226,
          227,
          228,
          229,
          230,
          231,
          232,
          233,
          234,
          235,
          236,
          237,
          238,
          239,
          240,
          241,
          242,
          243,
          244,
          245,
          246,
          32,
          248,
          249,
          250,
          251,
          252,
          253,
          254,
          255
        ];
      }
      ngrams() {
        return [
          2122337,
          2122345,
          2122357,
          2122849,
          2122853,
          2123621,
          2123873,
          2124140,
          2124641,
          2124655,
          2125153,
          2125676,
          2126689,
          2126945,
          2127461,
          2128225,
          6365282,
          6384416,
          6384737,
          6384993,
          6385184,
          6385405,
          6386208,
          6386273,
          6386429,
          6386685,
          6388065,
          6449522,
          6578464,
          6579488,
          6580512,
          6627426,
          6627435,
          6644841,
          6647328,
          6648352,
          6648425,
          6648681,
          6909029,
          6909472,
          6909545,
          6910496,
          7102830,
          7102834,
          7103776,
          7103858,
          7217249,
          7217250,
          7217259,
          7234657,
          7234661,
          7234848,
          7235872,
          7235950,
          7273760,
          7498094,
          7535982,
          7759136,
          7954720,
          7958386,
          16608800,
          16608868,
          16609021,
          16642301
        ];
      }
      name(det) {
        return det && det.c1Bytes ? "windows-1254" : "ISO-8859-9";
      }
      language() {
        return "tr";
      }
    };
    exports.ISO_8859_9 = ISO_8859_9;
    var windows_1251 = class extends sbcs {
      byteMap() {
        return [
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          0,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          97,
          98,
          99,
          100,
          101,
          102,
          103,
          104,
          105,
          106,
          107,
          108,
          109,
          110,
          111,
          112,
          113,
          114,
          115,
          116,
          117,
          118,
          119,
          120,
          121,
          122,
          32,
          32,
          32,
          32,
          32,
          32,
          97,
          98,
          99,
          100,
          101,
          102,
          103,
          104,
          105,
          106,
          107,
          108,
          109,
          110,
          111,
          112,
          113,
          114,
          115,
          116,
          117,
          118,
          119,
          120,
          121,
          122,
          32,
          32,
          32,
          32,
          32,
          144,
          131,
          32,
          131,
          32,
          32,
          32,
          32,
          32,
          32,
          154,
          32,
          156,
          157,
          158,
          159,
          144,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          154,
          32,
          156,
          157,
          158,
          159,
          32,
          162,
          162,
          188,
          32,
          180,
          32,
          32,
          184,
          32,
          186,
          32,
          32,
          32,
          32,
          191,
          32,
          32,
          179,
          179,
          180,
          181,
          32,
          32,
          184,
          32,
          186,
          32,
          188,
          190,
          190,
          191,
          224,
          225,
          226,
          227,
          228,
          229,
          230,
          231,
          232,
          233,
          234,
          235,
          236,
          237,
          238,
          239,
          240,
          241,
          242,
          243,
          244,
          245,
          246,
          247,
          248,
          249,
          250,
          251,
          252,
          253,
          254,
          255,
          224,
          225,
          226,
          227,
          228,
          229,
          230,
          231,
          232,
          233,
          234,
          235,
          236,
          237,
          238,
          239,
          240,
          241,
          242,
          243,
          244,
          245,
          246,
          247,
          248,
          249,
          250,
          251,
          252,
          253,
          254,
          255
        ];
      }
      ngrams() {
        return [
          2155040,
          2155246,
          2155758,
          2156512,
          2156576,
          2157280,
          2157294,
          2158048,
          2158053,
          2158305,
          2158574,
          2158576,
          2158816,
          2159086,
          2159090,
          2159342,
          2160626,
          2162162,
          14740968,
          14742268,
          14937632,
          15068156,
          15068648,
          15069682,
          15069728,
          15212783,
          15263008,
          15263776,
          15269664,
          15459821,
          15460384,
          15465709,
          15589408,
          15590688,
          15591653,
          15591679,
          15592992,
          15593186,
          15605986,
          15605999,
          15606001,
          15655456,
          15655648,
          15655918,
          15657248,
          15657980,
          15658016,
          15659506,
          15724267,
          15724773,
          15724776,
          15724782,
          15786210,
          15787492,
          15856352,
          15856354,
          15856360,
          15859488,
          15918571,
          15920672,
          15920880,
          15924256,
          16249582,
          16512288
        ];
      }
      name() {
        return "windows-1251";
      }
      language() {
        return "ru";
      }
    };
    exports.windows_1251 = windows_1251;
    var windows_1256 = class extends sbcs {
      byteMap() {
        return [
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          0,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          97,
          98,
          99,
          100,
          101,
          102,
          103,
          104,
          105,
          106,
          107,
          108,
          109,
          110,
          111,
          112,
          113,
          114,
          115,
          116,
          117,
          118,
          119,
          120,
          121,
          122,
          32,
          32,
          32,
          32,
          32,
          32,
          97,
          98,
          99,
          100,
          101,
          102,
          103,
          104,
          105,
          106,
          107,
          108,
          109,
          110,
          111,
          112,
          113,
          114,
          115,
          116,
          117,
          118,
          119,
          120,
          121,
          122,
          32,
          32,
          32,
          32,
          32,
          32,
          129,
          32,
          131,
          32,
          32,
          32,
          32,
          136,
          32,
          138,
          32,
          156,
          141,
          142,
          143,
          144,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          152,
          32,
          154,
          32,
          156,
          32,
          32,
          159,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          170,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          181,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          192,
          193,
          194,
          195,
          196,
          197,
          198,
          199,
          200,
          201,
          202,
          203,
          204,
          205,
          206,
          207,
          208,
          209,
          210,
          211,
          212,
          213,
          214,
          32,
          216,
          217,
          218,
          219,
          220,
          221,
          222,
          223,
          224,
          225,
          226,
          227,
          228,
          229,
          230,
          231,
          232,
          233,
          234,
          235,
          236,
          237,
          238,
          239,
          32,
          32,
          32,
          32,
          244,
          32,
          32,
          32,
          32,
          249,
          32,
          251,
          252,
          32,
          32,
          255
        ];
      }
      ngrams() {
        return [
          2148321,
          2148324,
          2148551,
          2153185,
          2153965,
          2154977,
          2155492,
          2156231,
          13050055,
          13091104,
          13093408,
          13095200,
          13099296,
          13099459,
          13099463,
          13099464,
          13099466,
          13099468,
          13099469,
          13099471,
          13099475,
          13099482,
          13099486,
          13099491,
          13099494,
          13099501,
          13099808,
          13100064,
          13100234,
          13115591,
          13181127,
          13181149,
          13181153,
          13181155,
          13181158,
          13246663,
          13574343,
          13617440,
          13705415,
          13748512,
          13836487,
          14295239,
          14344684,
          14544160,
          14753991,
          14797088,
          14806048,
          14806304,
          14885063,
          14927648,
          14928160,
          14935072,
          14950599,
          15016135,
          15058720,
          15124449,
          15131680,
          15474887,
          15540423,
          15540451,
          15540454,
          15583520,
          15585568,
          15590432
        ];
      }
      name() {
        return "windows-1256";
      }
      language() {
        return "ar";
      }
    };
    exports.windows_1256 = windows_1256;
    var windows_1257 = class extends sbcs {
      match(det) {
        return det.inputBytes.some((byte) => byte >= 128) ? super.match(det) : null;
      }
      byteMap() {
        const byteMap = new Array(256).fill(32);
        byteMap[39] = 0;
        for (let i = 65; i <= 90; i++)
          byteMap[i] = i + 32;
        for (let i = 97; i <= 122; i++)
          byteMap[i] = i;
        byteMap[142] = 142;
        byteMap[168] = byteMap[184] = 184;
        byteMap[170] = byteMap[186] = 186;
        byteMap[175] = byteMap[191] = 191;
        byteMap[181] = 181;
        for (let i = 192; i <= 214; i++)
          byteMap[i] = i + 32;
        for (let i = 216; i <= 222; i++)
          byteMap[i] = i + 32;
        byteMap[223] = 223;
        for (let i = 224; i <= 246; i++)
          byteMap[i] = i;
        for (let i = 248; i <= 254; i++)
          byteMap[i] = i;
        return byteMap;
      }
      ngrams() {
        return [
          new NGramsPlusLang("et", [
            2122090,
            2122098,
            2123109,
            2124135,
            2124385,
            2124641,
            2124645,
            2124649,
            2124655,
            2124661,
            2124897,
            2125417,
            2125678,
            2126441,
            2126693,
            2126949,
            6365281,
            6365290,
            6365291,
            6365292,
            6382112,
            6382624,
            6384499,
            6386549,
            6386785,
            6387297,
            6561908,
            6578464,
            6583667,
            6627435,
            6627443,
            6645100,
            6645107,
            6646816,
            6646885,
            6646900,
            6648608,
            6648692,
            6889579,
            6906912,
            6910570,
            6910752,
            6971680,
            7037299,
            7038309,
            7039346,
            7040879,
            7041893,
            7041908,
            7104875,
            7107616,
            7544929,
            7544939,
            7562528,
            7562604,
            7566437,
            7566441,
            7566708,
            7627115,
            7627124,
            7629088,
            7697184,
            7697253,
            7697505
          ]),
          new NGramsPlusLang("lv", [
            2122098,
            2122601,
            2122849,
            2124146,
            2124154,
            2124897,
            2125282,
            2125921,
            2125938,
            2126433,
            2126689,
            2126699,
            2126949,
            2127214,
            2127457,
            6365289,
            6365301,
            6365302,
            6382185,
            6383904,
            6384499,
            6384751,
            6385778,
            6386293,
            6386464,
            6386806,
            6449509,
            6452512,
            6515052,
            6515060,
            6578464,
            6578546,
            6583584,
            6584864,
            6644850,
            6646123,
            6646643,
            6647393,
            6648608,
            6680693,
            6889577,
            6907236,
            6907376,
            6908642,
            6909046,
            7041908,
            7102836,
            7106404,
            7233824,
            7300193,
            7496043,
            7501166,
            7544947,
            7544949,
            7544950,
            7566453,
            7566574,
            7632160,
            7632489,
            7676022,
            7695904,
            7697184,
            7758188,
            14840608
          ]),
          new NGramsPlusLang("lt", [
            2122089,
            2122341,
            2124146,
            2124641,
            2124905,
            2125167,
            2126433,
            2126689,
            2126699,
            2126709,
            2126945,
            2126949,
            2126965,
            2127457,
            2127465,
            6365300,
            6365424,
            6383904,
            6383988,
            6384112,
            6384738,
            6384993,
            6385268,
            6386274,
            6386292,
            6386976,
            6387050,
            6418553,
            6447392,
            6448489,
            6448494,
            6647401,
            6648949,
            6889569,
            6889577,
            6889579,
            6889581,
            6906217,
            6907246,
            6907252,
            6909543,
            6910496,
            6910752,
            6942827,
            6971757,
            6972704,
            7037289,
            7037292,
            7103073,
            7104869,
            7170419,
            7171947,
            7269152,
            7301733,
            7302009,
            7303968,
            7496176,
            7544937,
            7544939,
            7544950,
            7564129,
            7629088,
            7632246,
            7957356
          ])
        ];
      }
      name() {
        return "windows-1257";
      }
    };
    exports.windows_1257 = windows_1257;
    var windows_1258 = class extends sbcs {
      match(det) {
        return det.inputBytes.some((byte) => byte >= 128) ? super.match(det) : null;
      }
      byteMap() {
        const byteMap = new Array(256).fill(32);
        byteMap[39] = 0;
        for (let i = 65; i <= 90; i++)
          byteMap[i] = i + 32;
        for (let i = 97; i <= 122; i++)
          byteMap[i] = i;
        byteMap[131] = 131;
        byteMap[136] = 136;
        byteMap[140] = byteMap[156] = 156;
        byteMap[159] = 255;
        byteMap[170] = 170;
        byteMap[181] = 181;
        byteMap[186] = 186;
        for (let i = 192; i <= 203; i++)
          byteMap[i] = i + 32;
        byteMap[204] = 204;
        for (let i = 205; i <= 209; i++)
          byteMap[i] = i + 32;
        byteMap[210] = 210;
        for (let i = 211; i <= 214; i++)
          byteMap[i] = i + 32;
        for (let i = 216; i <= 221; i++)
          byteMap[i] = i + 32;
        byteMap[222] = 222;
        byteMap[223] = 223;
        for (let i = 224; i <= 246; i++)
          byteMap[i] = i;
        for (let i = 248; i <= 253; i++)
          byteMap[i] = i;
        byteMap[255] = 255;
        return byteMap;
      }
      ngrams() {
        return [
          2122600,
          2122721,
          2123625,
          2123887,
          2125415,
          2125928,
          2126952,
          2126953,
          2126962,
          2127465,
          2127584,
          6419060,
          6496355,
          6496374,
          6514720,
          6514925,
          6545763,
          6758504,
          6758510,
          6758516,
          6758518,
          6812782,
          6815198,
          6815221,
          6824052,
          6844402,
          6876526,
          6889582,
          6889588,
          6941394,
          6941420,
          6941426,
          7217251,
          7217262,
          7217268,
          7235360,
          7235572,
          7235581,
          7235616,
          7302759,
          7336547,
          7610483,
          7629053,
          7629290,
          7631471,
          7676020,
          7760362,
          7790624,
          13396256,
          13397607,
          14557288,
          14771048,
          15395950,
          15397492,
          15494759,
          15496224,
          15560296,
          15885088,
          15886624,
          15887904,
          15889440,
          16018976,
          16108649,
          16643532
        ];
      }
      name() {
        return "windows-1258";
      }
      language() {
        return "vi";
      }
    };
    exports.windows_1258 = windows_1258;
    var windows_874 = class extends sbcs {
      byteMap() {
        const byteMap = new Array(256).fill(32);
        byteMap[39] = 0;
        for (let i = 65; i <= 90; i++)
          byteMap[i] = i + 32;
        for (let i = 97; i <= 122; i++)
          byteMap[i] = i;
        for (let i = 161; i <= 218; i++)
          byteMap[i] = i;
        for (let i = 223; i <= 251; i++)
          byteMap[i] = i;
        return byteMap;
      }
      ngrams() {
        return [
          2138578,
          2138856,
          2146514,
          2148291,
          2154949,
          10604985,
          10605251,
          10669479,
          10671554,
          10799058,
          11064263,
          11195847,
          11200960,
          11200995,
          11910083,
          12042976,
          12042979,
          12047848,
          12132544,
          12165586,
          12173522,
          12305360,
          12314553,
          12636873,
          12828960,
          12829619,
          12829633,
          12832936,
          12832994,
          12837026,
          13091779,
          13095353,
          13095617,
          13096117,
          13226679,
          13226724,
          13293544,
          13477063,
          13674707,
          13689538,
          13744416,
          13805473,
          13812171,
          13812452,
          13812512,
          13812704,
          13814226,
          13821111,
          13879249,
          13940155,
          14009017,
          14010324,
          14149837,
          14721749,
          14728167,
          14796240,
          14860964,
          14920425,
          14924193,
          14989250,
          15258279,
          15262634,
          15319250,
          15328185
        ];
      }
      name() {
        return "windows-874";
      }
      language() {
        return "th";
      }
    };
    exports.windows_874 = windows_874;
    var KOI8_R = class extends sbcs {
      byteMap() {
        return [
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          0,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          97,
          98,
          99,
          100,
          101,
          102,
          103,
          104,
          105,
          106,
          107,
          108,
          109,
          110,
          111,
          112,
          113,
          114,
          115,
          116,
          117,
          118,
          119,
          120,
          121,
          122,
          32,
          32,
          32,
          32,
          32,
          32,
          97,
          98,
          99,
          100,
          101,
          102,
          103,
          104,
          105,
          106,
          107,
          108,
          109,
          110,
          111,
          112,
          113,
          114,
          115,
          116,
          117,
          118,
          119,
          120,
          121,
          122,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          163,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          163,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          32,
          192,
          193,
          194,
          195,
          196,
          197,
          198,
          199,
          200,
          201,
          202,
          203,
          204,
          205,
          206,
          207,
          208,
          209,
          210,
          211,
          212,
          213,
          214,
          215,
          216,
          217,
          218,
          219,
          220,
          221,
          222,
          223,
          192,
          193,
          194,
          195,
          196,
          197,
          198,
          199,
          200,
          201,
          202,
          203,
          204,
          205,
          206,
          207,
          208,
          209,
          210,
          211,
          212,
          213,
          214,
          215,
          216,
          217,
          218,
          219,
          220,
          221,
          222,
          223
        ];
      }
      ngrams() {
        return [
          2147535,
          2148640,
          2149313,
          2149327,
          2150081,
          2150085,
          2150338,
          2150607,
          2150610,
          2151105,
          2151375,
          2151380,
          2151631,
          2152224,
          2152399,
          2153153,
          2153684,
          2154196,
          12701385,
          12702936,
          12963032,
          12963529,
          12964820,
          12964896,
          13094688,
          13181136,
          13223200,
          13224224,
          13226272,
          13419982,
          13420832,
          13424846,
          13549856,
          13550880,
          13552069,
          13552081,
          13553440,
          13553623,
          13574352,
          13574355,
          13574359,
          13617103,
          13617696,
          13618392,
          13618464,
          13620180,
          13621024,
          13621185,
          13684684,
          13685445,
          13685449,
          13685455,
          13812183,
          13813188,
          13881632,
          13882561,
          13882569,
          13882583,
          13944268,
          13946656,
          13946834,
          13948960,
          14272544,
          14603471
        ];
      }
      name() {
        return "KOI8-R";
      }
      language() {
        return "ru";
      }
    };
    exports.KOI8_R = KOI8_R;
  }
});

// ../../node_modules/.pnpm/chardet@2.2.0/node_modules/chardet/lib/encoding/iso2022.js
var require_iso2022 = __commonJS({
  "../../node_modules/.pnpm/chardet@2.2.0/node_modules/chardet/lib/encoding/iso2022.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ISO_2022_CN = exports.ISO_2022_KR = exports.ISO_2022_JP = void 0;
    var match_1 = __importDefault(require_match());
    var ISO_2022 = class {
      constructor() {
        this.escapeSequences = [];
      }
      name() {
        return "ISO_2022";
      }
      match(det) {
        let i, j;
        let escN;
        let hits = 0;
        let misses = 0;
        let shifts = 0;
        let confidence;
        const text = det.inputBytes;
        const textLen = det.inputLen;
        scanInput: for (i = 0; i < textLen; i++) {
          if (text[i] == 27) {
            checkEscapes: for (escN = 0; escN < this.escapeSequences.length; escN++) {
              const seq = this.escapeSequences[escN];
              if (textLen - i < seq.length)
                continue checkEscapes;
              for (j = 1; j < seq.length; j++)
                if (seq[j] != text[i + j])
                  continue checkEscapes;
              hits++;
              i += seq.length - 1;
              continue scanInput;
            }
            misses++;
          }
          if (text[i] == 14 || text[i] == 15)
            shifts++;
        }
        if (hits == 0)
          return null;
        confidence = (100 * hits - 100 * misses) / (hits + misses);
        if (hits + shifts < 5)
          confidence -= (5 - (hits + shifts)) * 10;
        return confidence <= 0 ? null : (0, match_1.default)(det, this, confidence);
      }
    };
    var ISO_2022_JP = class extends ISO_2022 {
      constructor() {
        super(...arguments);
        this.escapeSequences = [
          [27, 36, 40, 67],
          [27, 36, 40, 68],
          [27, 36, 64],
          [27, 36, 65],
          [27, 36, 66],
          [27, 38, 64],
          [27, 40, 66],
          [27, 40, 72],
          [27, 40, 73],
          [27, 40, 74],
          [27, 46, 65],
          [27, 46, 70]
        ];
      }
      name() {
        return "ISO-2022-JP";
      }
      language() {
        return "ja";
      }
    };
    exports.ISO_2022_JP = ISO_2022_JP;
    var ISO_2022_KR = class extends ISO_2022 {
      constructor() {
        super(...arguments);
        this.escapeSequences = [[27, 36, 41, 67]];
      }
      name() {
        return "ISO-2022-KR";
      }
      language() {
        return "kr";
      }
    };
    exports.ISO_2022_KR = ISO_2022_KR;
    var ISO_2022_CN = class extends ISO_2022 {
      constructor() {
        super(...arguments);
        this.escapeSequences = [
          [27, 36, 41, 65],
          [27, 36, 41, 71],
          [27, 36, 42, 72],
          [27, 36, 41, 69],
          [27, 36, 43, 73],
          [27, 36, 43, 74],
          [27, 36, 43, 75],
          [27, 36, 43, 76],
          [27, 36, 43, 77],
          [27, 78],
          [27, 79]
        ];
      }
      name() {
        return "ISO-2022-CN";
      }
      language() {
        return "zh";
      }
    };
    exports.ISO_2022_CN = ISO_2022_CN;
  }
});

// ../../node_modules/.pnpm/chardet@2.2.0/node_modules/chardet/lib/utils.js
var require_utils = __commonJS({
  "../../node_modules/.pnpm/chardet@2.2.0/node_modules/chardet/lib/utils.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isByteArray = void 0;
    var isByteArray = (input) => {
      if (input == null || typeof input != "object")
        return false;
      return isFinite(input.length) && input.length >= 0;
    };
    exports.isByteArray = isByteArray;
  }
});

// ../../node_modules/.pnpm/chardet@2.2.0/node_modules/chardet/lib/index.js
var require_lib = __commonJS({
  "../../node_modules/.pnpm/chardet@2.2.0/node_modules/chardet/lib/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.detectFileSync = exports.detectFile = exports.analyse = exports.detect = void 0;
    var node_1 = __importDefault(require_node());
    var ascii_1 = __importDefault(require_ascii());
    var utf8_1 = __importDefault(require_utf8());
    var unicode = __importStar(require_unicode());
    var mbcs = __importStar(require_mbcs());
    var sbcs = __importStar(require_sbcs());
    var iso2022 = __importStar(require_iso2022());
    var utils_1 = require_utils();
    var recognisers = [
      new utf8_1.default(),
      new unicode.UTF_16BE(),
      new unicode.UTF_16LE(),
      new unicode.UTF_32BE(),
      new unicode.UTF_32LE(),
      new mbcs.sjis(),
      new mbcs.big5(),
      new mbcs.euc_jp(),
      new mbcs.euc_kr(),
      new mbcs.gb_18030(),
      new iso2022.ISO_2022_JP(),
      new iso2022.ISO_2022_KR(),
      new iso2022.ISO_2022_CN(),
      new sbcs.ISO_8859_1(),
      new sbcs.ISO_8859_2(),
      new sbcs.ISO_8859_5(),
      new sbcs.ISO_8859_6(),
      new sbcs.ISO_8859_7(),
      new sbcs.ISO_8859_8(),
      new sbcs.ISO_8859_9(),
      new sbcs.windows_1251(),
      new sbcs.windows_1256(),
      new sbcs.windows_1257(),
      new sbcs.windows_1258(),
      new sbcs.windows_874(),
      new sbcs.KOI8_R(),
      new ascii_1.default()
    ];
    var detect = (buffer) => {
      const matches = (0, exports.analyse)(buffer);
      return matches.length > 0 ? matches[0].name : null;
    };
    exports.detect = detect;
    var analyse = (buffer) => {
      if (!(0, utils_1.isByteArray)(buffer)) {
        throw new Error("Input must be a byte array, e.g. Buffer or Uint8Array");
      }
      const byteStats = [];
      for (let i = 0; i < 256; i++)
        byteStats[i] = 0;
      for (let i = buffer.length - 1; i >= 0; i--)
        byteStats[buffer[i] & 255]++;
      let c1Bytes = false;
      for (let i = 128; i <= 159; i += 1) {
        if (byteStats[i] !== 0) {
          c1Bytes = true;
          break;
        }
      }
      const context = {
        byteStats,
        c1Bytes,
        rawInput: buffer,
        rawLen: buffer.length,
        inputBytes: buffer,
        inputLen: buffer.length
      };
      const matches = recognisers.map((rec) => {
        return rec.match(context);
      }).filter((match) => {
        return !!match;
      }).sort((a, b) => {
        return b.confidence - a.confidence;
      });
      return matches;
    };
    exports.analyse = analyse;
    var detectFile = (filepath, opts = {}) => new Promise((resolve, reject) => {
      let fd;
      const fs = (0, node_1.default)();
      const handler = (err, buffer) => {
        if (fd) {
          fs.closeSync(fd);
        }
        if (err) {
          reject(err);
        } else if (buffer) {
          resolve((0, exports.detect)(buffer));
        } else {
          reject(new Error("No error and no buffer received"));
        }
      };
      const sampleSize = (opts === null || opts === void 0 ? void 0 : opts.sampleSize) || 0;
      if (sampleSize > 0) {
        fd = fs.openSync(filepath, "r");
        let sample = Buffer.allocUnsafe(sampleSize);
        fs.read(fd, sample, 0, sampleSize, opts.offset, (err, bytesRead) => {
          if (err) {
            handler(err, null);
          } else {
            if (bytesRead < sampleSize) {
              sample = sample.subarray(0, bytesRead);
            }
            handler(null, sample);
          }
        });
        return;
      }
      fs.readFile(filepath, handler);
    });
    exports.detectFile = detectFile;
    var detectFileSync = (filepath, opts = {}) => {
      const fs = (0, node_1.default)();
      if (opts && opts.sampleSize) {
        const fd = fs.openSync(filepath, "r");
        let sample = Buffer.allocUnsafe(opts.sampleSize);
        const bytesRead = fs.readSync(fd, sample, 0, opts.sampleSize, opts.offset);
        if (bytesRead < opts.sampleSize) {
          sample = sample.subarray(0, bytesRead);
        }
        fs.closeSync(fd);
        return (0, exports.detect)(sample);
      }
      return (0, exports.detect)(fs.readFileSync(filepath));
    };
    exports.detectFileSync = detectFileSync;
    exports.default = {
      analyse: exports.analyse,
      detect: exports.detect,
      detectFileSync: exports.detectFileSync,
      detectFile: exports.detectFile
    };
  }
});

// ../../packages/parser/src/article/plain.ts
var NAMED_ENTITIES = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  hellip: "\u2026",
  mdash: "\u2014",
  ndash: "\u2013",
  minus: "\u2212",
  lsquo: "\u2018",
  rsquo: "\u2019",
  sbquo: "\u201A",
  ldquo: "\u201C",
  rdquo: "\u201D",
  bdquo: "\u201E",
  laquo: "\xAB",
  raquo: "\xBB",
  lsaquo: "\u2039",
  rsaquo: "\u203A",
  bull: "\u2022",
  middot: "\xB7",
  copy: "\xA9",
  reg: "\xAE",
  trade: "\u2122",
  deg: "\xB0",
  plusmn: "\xB1",
  times: "\xD7",
  divide: "\xF7",
  frac12: "\xBD",
  frac14: "\xBC",
  frac34: "\xBE",
  sup2: "\xB2",
  sup3: "\xB3",
  micro: "\xB5",
  para: "\xB6",
  sect: "\xA7",
  euro: "\u20AC",
  pound: "\xA3",
  yen: "\xA5",
  cent: "\xA2",
  iexcl: "\xA1",
  iquest: "\xBF",
  shy: "",
  zwj: "",
  zwnj: "",
  lrm: "",
  rlm: "",
  agrave: "\xE0",
  aacute: "\xE1",
  acirc: "\xE2",
  atilde: "\xE3",
  auml: "\xE4",
  aring: "\xE5",
  aelig: "\xE6",
  ccedil: "\xE7",
  egrave: "\xE8",
  eacute: "\xE9",
  ecirc: "\xEA",
  euml: "\xEB",
  igrave: "\xEC",
  iacute: "\xED",
  icirc: "\xEE",
  iuml: "\xEF",
  ntilde: "\xF1",
  ograve: "\xF2",
  oacute: "\xF3",
  ocirc: "\xF4",
  otilde: "\xF5",
  ouml: "\xF6",
  oslash: "\xF8",
  ugrave: "\xF9",
  uacute: "\xFA",
  ucirc: "\xFB",
  uuml: "\xFC",
  yacute: "\xFD",
  yuml: "\xFF",
  szlig: "\xDF",
  Agrave: "\xC0",
  Aacute: "\xC1",
  Acirc: "\xC2",
  Atilde: "\xC3",
  Auml: "\xC4",
  Aring: "\xC5",
  AElig: "\xC6",
  Ccedil: "\xC7",
  Egrave: "\xC8",
  Eacute: "\xC9",
  Ecirc: "\xCA",
  Euml: "\xCB",
  Igrave: "\xCC",
  Iacute: "\xCD",
  Icirc: "\xCE",
  Iuml: "\xCF",
  Ntilde: "\xD1",
  Ograve: "\xD2",
  Oacute: "\xD3",
  Ocirc: "\xD4",
  Otilde: "\xD5",
  Ouml: "\xD6",
  Oslash: "\xD8",
  Ugrave: "\xD9",
  Uacute: "\xDA",
  Ucirc: "\xDB",
  Uuml: "\xDC",
  Yacute: "\xDD",
  oelig: "\u0153",
  OElig: "\u0152",
  scaron: "\u0161",
  Scaron: "\u0160",
  zcaron: "\u017E",
  Zcaron: "\u017D"
};
function decodeEntities(text) {
  if (!text.includes("&")) return text;
  return text.replace(
    /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g,
    (whole, ref) => {
      if (ref.startsWith("#")) {
        const code = ref[1] === "x" || ref[1] === "X" ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
        if (!Number.isFinite(code) || code <= 0 || code > 1114111 || code >= 55296 && code <= 57343)
          return "\uFFFD";
        return String.fromCodePoint(code);
      }
      const named = NAMED_ENTITIES[ref];
      return named ?? whole;
    }
  );
}
var TAG = /<\/?[a-zA-Z][^<>]*>|<!--[\s\S]*?(?:-->|$)|<![a-zA-Z[][^<>]*>|<\?[^<>]*>/g;
function hasMarkup(text) {
  TAG.lastIndex = 0;
  return /<\/?[a-zA-Z][^<>]*>|<!--/.test(text);
}
function stripTags(text) {
  if (!text.includes("<")) return text;
  return text.replace(TAG, " ");
}
function removeMarkup(text) {
  let out = text;
  for (let pass = 0; pass < 5 && hasMarkup(out); pass++) out = stripTags(out);
  if (hasMarkup(out)) out = out.replace(/<(?=[a-zA-Z/!?])/g, "");
  return out;
}
function collapseSpace(text) {
  if (!/ {2}|[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]|^ | $/.test(text))
    return text;
  return text.replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, " ").trim();
}
var CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\ufeff]/g;
function toPlainText(fragment) {
  let text = stripTags(fragment.replace(CONTROL, ""));
  for (let round2 = 0; round2 < 3 && text.includes("&"); round2++) {
    const decoded = decodeEntities(text);
    if (decoded === text) break;
    text = decoded;
    if (!hasMarkup(text)) break;
    text = stripTags(text);
  }
  return collapseSpace(removeMarkup(text).replace(CONTROL, ""));
}
function safeUrl(raw, base) {
  if (typeof raw !== "string") return null;
  const value = raw.trim();
  if (!value || value.length > 2048) return null;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return url.href;
  } catch {
    return null;
  }
}
var WORD_CHAR = /^[\p{L}\p{N}]$/u;
var WORD_UNITS = new Uint8Array(65536);
var UTF16 = new TextDecoder("utf-16le");
var keyBuffer = new Uint16Array(1024);
function isWordUnit(c) {
  let known = WORD_UNITS[c] ?? 2;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    WORD_UNITS[c] = known;
  }
  return known === 1;
}
var isQuoteUnit = (c) => c === 34 || c === 39 || c === 96 || c === 8216 || c === 8217 || c === 8220 || c === 8221;
var HASH_SEED = 2166136261;
var HASH_PRIME = 16777619;
var lastKeyHash = 0;
var MAX_KEPT_BUFFER = 1 << 16;
function writeKey(lower, out) {
  const n = lower.length;
  const write = out !== null;
  let len = 0;
  let hash = HASH_SEED;
  let gap = false;
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    let word;
    let low = -1;
    if (c < 128) {
      if (c === 34 || c === 39 || c === 96) continue;
      word = c >= 97 && c <= 122 || c >= 48 && c <= 57;
    } else if (c === 8216 || c === 8217 || c === 8220 || c === 8221) {
      continue;
    } else if (c >= 55296 && c <= 57343) {
      let j = i + 1;
      while (c <= 56319 && j < n && isQuoteUnit(lower.charCodeAt(j))) j++;
      const d = c <= 56319 && j < n ? lower.charCodeAt(j) : 0;
      if (d >= 56320 && d <= 57343) {
        word = WORD_CHAR.test(String.fromCharCode(c, d));
        low = d;
        i = j;
      } else word = false;
    } else word = isWordUnit(c);
    if (!word) {
      gap = true;
      continue;
    }
    if (gap) {
      if (len > 0) {
        if (write) out[len] = 32;
        len++;
        hash = Math.imul(hash ^ 32, HASH_PRIME);
      }
      gap = false;
    }
    if (write) out[len] = c;
    len++;
    hash = Math.imul(hash ^ c, HASH_PRIME);
    if (low >= 0) {
      if (write) out[len] = low;
      len++;
      hash = Math.imul(hash ^ low, HASH_PRIME);
    }
  }
  lastKeyHash = hash;
  return len;
}
function textKey(text) {
  const lower = text.toLowerCase();
  const n = lower.length;
  if (keyBuffer.length < n && n <= MAX_KEPT_BUFFER) keyBuffer = new Uint16Array(n * 2);
  const out = keyBuffer.length >= n ? keyBuffer : new Uint16Array(n);
  const len = writeKey(lower, out);
  return UTF16.decode(out.subarray(0, len));
}
function keyShape(lower) {
  const length = writeKey(lower, null);
  return { length, hash: lastKeyHash };
}
function hashUnits(text) {
  let hash = HASH_SEED;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), HASH_PRIME);
  return hash;
}

// ../../packages/parser/src/article/clean.ts
var JUNK_EXACT = new RegExp(
  `^(?:${[
    "leave a (?:reply|comment)",
    "(?:\\d+ )?(?:comments?|responses?|replies)",
    "no comments(?: yet)?",
    "(?:add|post|write) a? ?comment",
    "share(?: this)?(?: (?:article|story|post|page))?(?: on \\w+)?",
    "share (?:on|via) \\w+",
    "(?:tweet|email|print|pin it|whatsapp|facebook|twitter|linkedin|reddit|copy link)",
    "advertisement",
    "advertising",
    "(?:sponsored|promoted|paid)(?: content| post)?",
    "ad",
    "subscribe(?: now| today)?",
    "sign (?:up|in)",
    "log ?in",
    "register",
    "skip to (?:main )?content",
    "(?:main )?menu",
    "search",
    "home",
    "continue reading",
    "read (?:more|the full (?:article|story))",
    "related(?: (?:articles?|stories|posts|content|coverage|reading|news))?",
    "see also",
    "more (?:stories|news|on this(?: story)?|from \\w+(?: \\w+)?)",
    "you (?:may|might) also (?:like|be interested in)",
    "recommended(?: for you| stories)?",
    "most (?:read|popular|viewed)",
    "trending(?: now)?",
    "top stories",
    "(?:previous|next) (?:article|post|story)",
    "back to top",
    "accept(?: all)?(?: cookies)?",
    "reject all",
    "cookie (?:policy|settings|preferences)",
    "manage (?:cookies|preferences|consent)",
    "privacy policy",
    "terms (?:of (?:use|service)|and conditions)",
    "all rights reserved",
    "required fields are marked \\*?",
    "(?:name|email|website|comment) ?\\*?",
    "listen to (?:this )?(?:article|story)(?: \\d+ min)?"
  ].join("|")})[\\s.:!\u2026\xBB\u203A>|*-]*$`,
  "i"
);
var JUNK_PREFIX = /^(?:leave a (?:reply|comment)\b|share this(?: article| story| post)?:|click here\b|related(?: (?:articles?|stories|posts|coverage|reading))?\s*:|read (?:more|also|next)\s*:|see also\s*:|also read\s*:|more on this\s*:|recommended\s*:|watch\s*:|listen\s*:|subscribe to (?:our|the) (?:\w+ )?newsletter|sign up (?:for|to) (?:our|the) (?:\w+ )?(?:newsletter|emails?|alerts?)|get (?:our|the) (?:\w+ )?newsletter|follow us on\b|like us on\b|your email address will not be published|tags?\s*:|categories\s*:|filed (?:under|in)\s*:?|posted in\s*:?|(?:photo|image|picture|video)(?: credit)?\s*:|copyright\s*(?:©|\(c\)|\d{4})|©|\(c\) \d{4})/i;
var DATELINE = /^(?:posted|published|updated|last updated)(?: on|:)\s+.{0,40}\d.{0,40}[^.!?]$/i;
var COOKIE = /\bcookies?\b/i;
var COOKIE_CONTEXT = /\b(?:we use|this (?:site|website) uses|by (?:continuing|using) (?:this|our)|consent|privacy (?:policy|notice|settings)|(?:accept|allow|reject|manage) (?:all )?cookies|cookie (?:policy|settings|preferences|notice)|(?:your|the best) (?:browsing )?experience)\b/i;
var PART_MARKER = /^(?:part|page)\s+\d{1,3}\s*(?:\/|of)\s*\d{1,3}\s*[:.)-]?$|^\(?\d{1,3}\s*\/\s*\d{1,3}\)?:?$/i;
var LINK_SECTION = /^(?:related(?: \w+)?|read (?:more|also|next)|see also|more (?:stories|news|on this(?: story)?)|you (?:may|might) also like|recommended(?: for you)?|most (?:read|popular)|trending(?: now)?|top stories)\s*:?$/i;
function isJunkLine(text) {
  const line = text.trim();
  if (!line) return true;
  if (line.length <= 80 && JUNK_EXACT.test(line)) return true;
  if (PART_MARKER.test(line)) return true;
  if (line.length <= 200 && JUNK_PREFIX.test(line)) return true;
  if (line.length <= 90 && DATELINE.test(line)) return true;
  if (line.length <= 300 && COOKIE.test(line) && COOKIE_CONTEXT.test(line)) return true;
  if (line.length <= 200 && /\ball rights reserved\.?$/i.test(line)) return true;
  return false;
}
var SENTENCE_SPLIT = /[.!?…]["'”’)\]]*\s+/;
var MIN_SENTENCE_KEY = 25;
function sentenceKeys(lower) {
  const keys2 = [];
  for (const sentence of lower.split(SENTENCE_SPLIT)) {
    if (sentence.length >= MIN_SENTENCE_KEY) keys2.push(sentence);
  }
  return keys2;
}
var KeyIndex = class {
  constructor(paragraphs, shapes) {
    this.paragraphs = paragraphs;
    this.shapes = shapes;
    this.built = new Array(paragraphs.length);
  }
  paragraphs;
  shapes;
  built;
  byHash = /* @__PURE__ */ new Map();
  key(i) {
    let key = this.built[i];
    if (key === void 0) {
      key = textKey(this.paragraphs[i]?.text ?? "");
      this.built[i] = key;
    }
    return key;
  }
  /** Whether an earlier paragraph added with `add` has the key of paragraph i. */
  has(i) {
    const shape = this.shapes[i];
    const same = this.byHash.get(shape.hash);
    if (!same) return false;
    for (const j of same) {
      if (this.shapes[j].length === shape.length && this.key(j) === this.key(i)) return true;
    }
    return false;
  }
  add(i) {
    const hash = this.shapes[i].hash;
    const same = this.byHash.get(hash);
    if (same) same.push(i);
    else this.byHash.set(hash, [i]);
  }
};
var isShortLine = (text) => text.length <= 100 && !/[.!?…]["'”’)]*$/.test(text);
function cleanParagraphs(paragraphs, options = {}) {
  const drop = new Set((options.drop ?? []).filter(Boolean));
  const dropHashes = new Set([...drop].map(hashUnits));
  const count = paragraphs.length;
  const lower = paragraphs.map((p) => p.text.toLowerCase());
  const keys2 = new KeyIndex(paragraphs, lower.map(keyShape));
  const keyLength = (i) => keys2.shapes[i].length;
  const repeated = new Array(count).fill(false);
  const seenSentences = /* @__PURE__ */ new Set();
  for (let i = 0; i < count; i++) {
    const sentences = keyLength(i) >= MIN_SENTENCE_KEY ? sentenceKeys(lower[i] ?? "") : [];
    let covered = 0;
    for (const s of sentences) if (seenSentences.has(s)) covered++;
    repeated[i] = keyLength(i) > 0 && keys2.has(i) || sentences.length > 0 && covered >= sentences.length * 0.8;
    keys2.add(i);
    for (const s of sentences) seenSentences.add(s);
  }
  let repostFrom = count;
  let tries = 0;
  for (let s = 0; s < count && tries < 20; s++) {
    if (!repeated[s] || keyLength(s) < 60) continue;
    tries++;
    let long = 0;
    let again = 0;
    for (let j = s; j < count; j++) {
      if (keyLength(j) < 60) continue;
      long++;
      if (repeated[j]) again++;
    }
    if (long >= 2 && again >= long * 0.6) {
      repostFrom = s;
      while (repostFrom > 0) {
        const before = paragraphs[repostFrom - 1]?.text ?? "";
        if (!(isShortLine(before) || PART_MARKER.test(before) || repeated[repostFrom - 1])) break;
        repostFrom--;
      }
      break;
    }
  }
  const out = [];
  let inLinkSection = false;
  for (let i = 0; i < count; i++) {
    const paragraph = paragraphs[i];
    if (!paragraph) continue;
    const text = paragraph.text;
    if (keyLength(i) === 0) continue;
    if (LINK_SECTION.test(text.trim())) {
      inLinkSection = true;
      continue;
    }
    if (inLinkSection) {
      if (text.length <= 140 && !/[.!?]["'”’)]*$/.test(text)) continue;
      inLinkSection = false;
    }
    if (repeated[i] || dropHashes.has(keys2.shapes[i].hash) && drop.has(keys2.key(i))) continue;
    if (isJunkLine(text)) continue;
    if (i >= repostFrom && isShortLine(text)) continue;
    out.push(paragraph);
  }
  return out;
}

// ../../packages/parser/src/article/dates.ts
var formatters = /* @__PURE__ */ new Map();
function dayFormatter(timeZone) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat("en-CA", {
        timeZone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit"
      });
    } catch {
      formatter = new Intl.DateTimeFormat("en-CA", {
        timeZone: "UTC",
        year: "numeric",
        month: "2-digit",
        day: "2-digit"
      });
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
function dayOf(instant, timeZone = "UTC") {
  if (Number.isNaN(instant.getTime())) return null;
  const parts = dayFormatter(timeZone).formatToParts(instant);
  const get = (type) => parts.find((part) => part.type === type)?.value ?? "";
  const day = `${get("year")}-${get("month")}-${get("day")}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
}
var MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
function validDay(year, month, day) {
  if (year < 1e3 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
function toIsoDay(raw, timeZone = "UTC") {
  if (raw instanceof Date) {
    const midnight = raw.getUTCHours() === 0 && raw.getUTCMinutes() === 0 && raw.getUTCSeconds() === 0;
    return dayOf(raw, midnight ? "UTC" : timeZone);
  }
  if (typeof raw === "number") return Number.isFinite(raw) ? dayOf(new Date(raw), timeZone) : null;
  if (typeof raw !== "string") return null;
  const value = raw.trim();
  if (!value || value.length > 100) return null;
  const bare = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(value);
  if (bare) return validDay(Number(bare[1]), Number(bare[2]), Number(bare[3]));
  const dayMonthYear = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})$/.exec(value);
  if (dayMonthYear) {
    const month = MONTHS.indexOf((dayMonthYear[2] ?? "").slice(0, 3).toLowerCase()) + 1;
    return month ? validDay(Number(dayMonthYear[3]), month, Number(dayMonthYear[1])) : null;
  }
  const monthDayYear = /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(value);
  if (monthDayYear) {
    const month = MONTHS.indexOf((monthDayYear[1] ?? "").slice(0, 3).toLowerCase()) + 1;
    return month ? validDay(Number(monthDayYear[3]), month, Number(monthDayYear[2])) : null;
  }
  let text = value;
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(text))
    text = `${text.replace(" ", "T")}Z`;
  text = text.replace(/\s(UT)$/, " GMT");
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  if (year < 1e3 || year > 9999) return null;
  return dayOf(new Date(ms), timeZone);
}

// ../../packages/parser/src/article/frontmatter.ts
var import_yaml = __toESM(require_dist(), 1);
var EMPTY = { title: null, source: null, url: null, published: null };
var MAX_FRONT_MATTER_LINES = 200;
var scalar = (value) => {
  if (typeof value === "string") return toPlainText(value) || null;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return null;
};
var SIMPLE_LINE = /^([A-Za-z][A-Za-z0-9_-]{0,63}):[ ]+(\S.*)$/;
var RESERVED_KEY = /^(?:null|true|false|yes|no|on|off|y|n)$/i;
var INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
var NOT_A_STRING = /^(?:[-+.]?\d|[-+]?\.(?:inf|nan)$|~$|null$|true$|false$)/i;
var ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
var UNUSUAL = /[\u0000-\u001f\u007f-\u009f\ud800-\udfff\ufeff\ufffe\uffff]/;
function readSimpleFields(lines) {
  const fields = /* @__PURE__ */ Object.create(null);
  let count = 0;
  for (const line of lines) {
    if (line === "") continue;
    if (UNUSUAL.test(line)) return null;
    const match = SIMPLE_LINE.exec(line);
    if (!match) return null;
    const key = match[1];
    if (RESERVED_KEY.test(key) || key in fields) return null;
    const raw = match[2].replace(/ +$/, "");
    let value;
    if (INDICATOR.test(raw)) {
      const quoted = /^"([^"\\]*)"$/.exec(raw) ?? /^'([^']*)'$/.exec(raw);
      if (!quoted) return null;
      value = quoted[1];
    } else {
      if (raw.includes(" #") || raw.includes(": ") || raw.endsWith(":")) return null;
      if (NOT_A_STRING.test(raw) && !ISO_DAY.test(raw)) return null;
      value = raw;
    }
    fields[key] = value;
    count++;
  }
  return count > 0 ? fields : null;
}
function readFrontMatter(text, timeZone = "UTC") {
  if (!/^---[ \t]*\n/.test(text)) return { meta: { ...EMPTY }, body: text, bodyLine: 1, warnings: [] };
  const lines = [];
  let end = -1;
  for (let from = 0; lines.length <= MAX_FRONT_MATTER_LINES; ) {
    const next = text.indexOf("\n", from);
    const line = next < 0 ? text.slice(from) : text.slice(from, next);
    lines.push(line);
    if (lines.length > 1 && /^(?:---|\.\.\.)[ \t]*$/.test(line)) {
      end = lines.length - 1;
      break;
    }
    if (next < 0) break;
    from = next + 1;
  }
  if (end < 0) {
    const body2 = text.slice(text.indexOf("\n") + 1);
    return {
      meta: { ...EMPTY },
      body: body2,
      bodyLine: 2,
      warnings: ["front matter is not closed by a '---' line; read the file as body text"]
    };
  }
  const yamlText = lines.slice(1, end).join("\n");
  let offset = 0;
  for (let i = 0; i <= end; i++) offset += (lines[i]?.length ?? 0) + 1;
  const body = text.slice(offset);
  const result = { meta: { ...EMPTY }, body, bodyLine: end + 2, warnings: [] };
  let data;
  try {
    data = yamlText.trim() ? readSimpleFields(lines.slice(1, end)) ?? (0, import_yaml.parse)(yamlText, { maxAliasCount: 10, prettyErrors: false }) : {};
  } catch (error) {
    const first = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
    result.warnings.push(`front matter is not valid YAML (${first.slice(0, 160)}); read the body without it`);
    return result;
  }
  if (data === null || data === void 0) return result;
  if (typeof data !== "object" || Array.isArray(data)) {
    result.warnings.push("front matter is not a list of 'key: value' fields; read the body without it");
    return result;
  }
  const fields = data;
  result.meta.title = scalar(fields.title);
  result.meta.source = scalar(fields.source);
  if (fields.url !== void 0 && fields.url !== null) {
    result.meta.url = safeUrl(fields.url);
    if (!result.meta.url) result.warnings.push("front matter 'url' is not an http(s) address; ignored");
  }
  const published = fields.published ?? fields.date;
  if (published !== void 0 && published !== null && published !== "") {
    result.meta.published = toIsoDay(published, timeZone);
    if (!result.meta.published) {
      result.warnings.push(
        `front matter 'published' is not a date (${String(published).slice(0, 40)}); ignored`
      );
    }
  }
  return result;
}

// ../../packages/parser/src/article/markdown.ts
var ATX_OPEN = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
function atxHeading(line) {
  const open = ATX_OPEN.exec(line);
  if (!open) return null;
  let text = line.slice(open[0].length).trimEnd();
  let end = text.length;
  while (end > 0 && text[end - 1] === "#") end--;
  if (end < text.length && (end === 0 || text[end - 1] === " " || text[end - 1] === "	"))
    text = text.slice(0, end);
  return text.trim();
}
var RULE = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
var FENCE = /^ {0,3}(`{3,}|~{3,})/;
var LINK_DEFINITION = /^ {0,3}\[[^\]]{1,200}\]:\s*\S+/;
var LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+/;
var QUOTE = /^ {0,3}(?:>[ \t]?)+/;
var TABLE_SEPARATOR = /^ {0,3}\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;
var ESCAPED = (c) => String.fromCharCode(57344 + c.charCodeAt(0));
function reduceInline(line) {
  let text = line.includes("\\") ? line.replace(/\\([\\`*_{}[\]()#+\-.!|>~<"'])/g, (_, c) => ESCAPED(c)) : line;
  if (text.includes("<")) {
    text = text.replace(/<((?:https?|mailto):[^<>\s]+)>/gi, "$1");
    text = stripTags(text);
  }
  if (text.includes("](") || text.includes("][") || text.includes("![")) {
    text = text.replace(/!\[([^\][]{0,500})\]\([^()\s]{0,2000}(?:\s+"[^"]{0,500}")?\)/g, "$1").replace(/\[([^\][]{0,1000})\]\([^()\s]{0,2000}(?:\s+"[^"]{0,500}")?\)/g, "$1").replace(/\[([^\][]{1,1000})\]\[[^\][]{0,200}\]/g, "$1");
  }
  if (text.includes("`")) text = text.replace(/(`+)([^`]+?)\1/g, "$2");
  if (/[*_~]/.test(text)) {
    text = text.replace(/(\*\*|__)(?=\S)([^*_]*?\S)\1/g, "$2").replace(/~~(?=\S)([^~]*?\S)~~/g, "$1").replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}*])/gu, "$1$2").replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, "$1$2");
  }
  if (/[\uE000-\uE0FF]/.test(text))
    text = text.replace(/[\uE000-\uE0FF]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 57344));
  if (text.includes("&")) text = decodeEntities(text);
  return text;
}
function reduceMarkdownLines(lines) {
  const out = [];
  let fence = null;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? "";
    if (fence !== null) {
      if (raw.trim().startsWith(fence)) {
        fence = null;
        out.push({ text: "", heading: false, item: false, breaks: true });
      } else out.push({ text: raw.trim(), heading: false, item: true, breaks: false });
      continue;
    }
    const fenceMatch = FENCE.exec(raw);
    if (fenceMatch) {
      fence = (fenceMatch[1] ?? "```").slice(0, 3);
      out.push({ text: "", heading: false, item: false, breaks: true });
      continue;
    }
    const trimmed = raw.trim();
    if (!trimmed) {
      out.push({ text: "", heading: false, item: false, breaks: false });
      continue;
    }
    const first = trimmed.charCodeAt(0);
    if (first >= 97 && first <= 122 || first >= 65 && first <= 90) {
      out.push({ text: reduceInline(trimmed).trim(), heading: false, item: false, breaks: false });
      continue;
    }
    if (/^ {0,3}(?:=+|-+)[ \t]*$/.test(raw) && i > 0 && out[i - 1]?.text && !out[i - 1]?.item) {
      const previous = out[i - 1];
      if (previous) previous.heading = true;
      out.push({ text: "", heading: false, item: false, breaks: true });
      continue;
    }
    if (RULE.test(raw)) {
      out.push({ text: "", heading: false, item: false, breaks: true });
      continue;
    }
    if (LINK_DEFINITION.test(raw) || TABLE_SEPARATOR.test(raw) && raw.includes("-") && raw.includes("|")) {
      out.push({ text: "", heading: false, item: false, breaks: true });
      continue;
    }
    const atx = atxHeading(raw);
    if (atx !== null) {
      out.push({ text: reduceInline(atx).trim(), heading: true, item: false, breaks: false });
      continue;
    }
    let body = trimmed;
    let item = false;
    const quote2 = QUOTE.exec(body);
    if (quote2) {
      body = body.slice(quote2[0].length);
      item = true;
    }
    const list = LIST_ITEM.exec(body);
    if (list) {
      body = body.slice(list[0].length);
      item = true;
    }
    if (body.startsWith("|") && body.endsWith("|") && body.length > 2) {
      body = body.slice(1, -1).split("|").map((cell) => cell.trim()).filter(Boolean).join(" ");
      item = true;
    }
    const nested = atxHeading(body);
    const heading = nested !== null;
    if (nested !== null) body = nested;
    out.push({ text: reduceInline(body).trim(), heading, item, breaks: false });
  }
  return out;
}

// ../../packages/parser/src/article/paragraphs.ts
var ENDS_SENTENCE = /[.!?:;…"”’)\]]$/;
function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))] ?? 0;
}
function wrapWidth(lines) {
  const continuing = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (!line?.text || line.heading || line.breaks || !next?.text || next.heading || next.item || next.breaks)
      continue;
    continuing.push({ text: line.text, width: line.width ?? line.text.length });
  }
  if (continuing.length < 3) return 0;
  const sorted = continuing.map((line) => line.width).sort((a, b) => a - b);
  const width = percentile(sorted, 0.9);
  if (width < 30 || width > 130) return 0;
  const long = continuing.filter((line) => line.width >= width * 0.6);
  if (long.length < 3 || long.length < continuing.length * 0.5) return 0;
  const near = long.filter((line) => line.width >= width * 0.75 && line.width <= width + 10).length;
  if (near < long.length * 0.8) return 0;
  const endsSentence2 = long.filter((line) => ENDS_SENTENCE.test(line.text)).length;
  if (endsSentence2 >= long.length * 0.4) return 0;
  return width;
}
function join(left, right) {
  if (/\p{L}-$/u.test(left) && /^\p{Ll}/u.test(right)) return left + right;
  return `${left} ${right}`;
}
function toParagraphs(lines) {
  const width = wrapWidth(lines);
  const out = [];
  if (width === 0) {
    for (const line of lines) {
      const text = line.text.trim();
      if (text) out.push({ text, heading: line.heading });
    }
    return out;
  }
  let current = null;
  const flush = () => {
    if (current?.trim()) out.push({ text: current.trim(), heading: false });
    current = null;
  };
  for (const line of lines) {
    const text = line.text.trim();
    if (!text || line.breaks) {
      flush();
      continue;
    }
    if (line.heading) {
      flush();
      out.push({ text, heading: true });
      continue;
    }
    if (line.item) flush();
    current = current === null ? text : join(current, text);
    if ((line.width ?? text.length) < width * 0.6) flush();
  }
  flush();
  return out;
}

// ../../packages/parser/src/article/title.ts
var MAX_TITLE = 160;
function isHeadlineLike(text) {
  const line = text.trim();
  if (line.length < 3 || line.length > 150) return false;
  if (/[.,;:…]["”’)]*$/.test(line)) return false;
  if (!/^["“‘'([]?[\p{Lu}\p{N}]/u.test(line)) return false;
  if (!/\p{L}{2}/u.test(line)) return false;
  const words = line.split(/\s+/).length;
  if (words > 24) return false;
  return !isJunkLine(line);
}
function shorten(text, max = 100) {
  const clean = text.trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, "")}\u2026`;
}
function firstSentenceTitle(text) {
  const match = /^[\s\S]*?[.!?](?=["”’)]*\s+["“‘(]?[\p{Lu}\p{N}]|["”’)]*$)/u.exec(text.trim());
  const sentence = (match?.[0] ?? text).trim().replace(/\.$/, "");
  return shorten(sentence, 100);
}
var BYLINE = /^(?:[Bb]y|BY|[Pp]osted by|[Ww]ritten by|[Rr]eporting by)(?:\s+\p{Lu}[\p{L}.'’-]*)+(?:,\s*[\p{L} ]+)?$/u;
function isLeadFurniture(text) {
  const line = text.trim();
  if (line.length <= 80 && BYLINE.test(line) && line.split(/\s+/).length <= 10) return true;
  if (line.length <= 40 && toIsoDay(line.replace(/^(?:published|posted|updated)(?: on)?:?\s*/i, "")) !== null)
    return true;
  return isJunkLine(line);
}
function chooseTitle(all, fallback) {
  let start = 0;
  while (start < all.length - 1 && start < 3 && isLeadFurniture(all[start]?.text ?? "")) start++;
  const paragraphs = start > 0 ? all.slice(start) : all;
  const first = paragraphs[0];
  if (!first) return { title: fallback, fromLine: false };
  if ((first.heading || isHeadlineLike(first.text)) && paragraphs.length > 1 && first.text.length <= 150) {
    return { title: shorten(first.text, MAX_TITLE), fromLine: true };
  }
  for (let i = 1; i < Math.min(3, paragraphs.length - 1); i++) {
    const line = paragraphs[i];
    if (!line || !(line.heading || isHeadlineLike(line.text))) continue;
    const key = textKey(line.text);
    if (paragraphs.slice(i + 1, i + 3).some((other) => textKey(other.text) === key)) {
      return { title: shorten(line.text, MAX_TITLE), fromLine: true };
    }
  }
  return { title: firstSentenceTitle(first.text) || fallback, fromLine: false };
}

// ../../packages/parser/src/article/text.ts
var CONTROL2 = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\u200b]/g;
var NEEDS_NORMALIZING = /[\u0000-\u0008\u000b-\u001f\u007f\u200b\u2028\u2029\ufeff]/;
function normalizeText(text) {
  if (!NEEDS_NORMALIZING.test(text)) return text;
  let out = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  if (out.includes("\r")) out = out.replace(/\r\n?/g, "\n");
  out = out.replace(CONTROL2, "");
  return out.replace(/[\u2028\u2029\f]/g, "\n");
}
function plainLine(text) {
  return collapseSpace(text.includes("<") ? removeMarkup(text) : text);
}
function parseTextArticle(input) {
  const name = input.name ?? input.id;
  const warnings = [];
  const text = normalizeText(input.text);
  const front = readFrontMatter(text, input.timeZone);
  for (const warning of front.warnings) warnings.push(`${name}: ${warning}`);
  const rawLines = front.body.split("\n");
  const lines = input.format === "text" ? rawLines.map((line) => ({ text: plainLine(line), heading: false, item: false, breaks: false })) : reduceMarkdownLines(rawLines).map((line, i) => ({
    // fields listed, not spread: a spread copy per line cost more than the rest of this step
    text: plainLine(line.text),
    heading: line.heading,
    item: line.item,
    breaks: line.breaks,
    width: rawLines[i]?.trim().length ?? 0
  }));
  const paragraphs = toParagraphs(lines);
  const meta = front.meta;
  const fallback = input.id.replace(/[-_]+/g, " ").trim() || "Untitled";
  const chosen = meta.title ? { title: meta.title, fromLine: true } : chooseTitle(paragraphs, fallback);
  const kept = cleanParagraphs(paragraphs, { drop: chosen.fromLine ? [textKey(chosen.title)] : [] });
  if (kept.length === 0) warnings.push(`${name}: no article text found`);
  return {
    article: {
      id: input.id,
      title: chosen.title,
      source: meta.source,
      url: meta.url,
      published: meta.published,
      paragraphs: kept.map((p) => p.text)
    },
    warnings
  };
}

// ../../packages/parser/src/text/sentences.ts
var ABBREVIATIONS = /* @__PURE__ */ new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "cmdr",
  "adm",
  "sgt",
  "cpl",
  "pvt",
  "st",
  "sen",
  "rep",
  "gov",
  "pres",
  "rev",
  "hon",
  "amb",
  "jr",
  "sr",
  "inc",
  "ltd",
  "co",
  "corp",
  "bros",
  "vs",
  "etc",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "tues",
  "thur",
  "thurs",
  "mt",
  "approx",
  "al",
  "fig",
  "vol",
  "dept",
  "univ",
  "assn",
  "ave",
  "blvd",
  "cf",
  "e.g",
  "i.e",
  "a.m",
  "p.m"
]);
var NUMBER_ABBREVIATIONS = /* @__PURE__ */ new Set(["no", "nos", "p", "pp", "art", "sec", "ch", "op"]);
var CANDIDATE = /[.!?…\n]/g;
var TERMINATORS = /* @__PURE__ */ new Set([".", "!", "?", "\u2026"]);
var CLOSERS = /* @__PURE__ */ new Set(['"', "'", "\u201D", "\u2019", ")", "]", "\xBB"]);
function isSpace(ch) {
  return ch === " " || ch === "\n" || ch === "	" || ch === "\r" || ch === "\xA0" || ch === "\f" || ch === "\v";
}
function continues(ch) {
  const c = ch.charCodeAt(0);
  if (c >= 97 && c <= 122) return true;
  if (c === 44 || c === 59 || c === 58 || c === 41 || c === 93) return true;
  return c > 127 && /\p{Ll}/u.test(ch);
}
function isDigitChar(ch) {
  const c = ch.charCodeAt(0);
  return c >= 48 && c <= 57;
}
function isLetter(ch) {
  if (ch === void 0) return false;
  const c = ch.charCodeAt(0);
  if (c >= 97 && c <= 122 || c >= 65 && c <= 90) return true;
  return c > 127 && /\p{L}/u.test(ch);
}
function wordBefore(text, end) {
  let i = end;
  while (i > 0) {
    const ch = text[i - 1];
    if (ch === "." || isLetter(ch)) i--;
    else break;
  }
  return text.slice(i, end);
}
function splitSentences(text) {
  const out = [];
  if (typeof text !== "string" || text.length === 0) return out;
  const n = text.length;
  let start = 0;
  const push = (end) => {
    const sentence = text.slice(start, end).trim();
    if (sentence) out.push(sentence);
    start = end;
  };
  let i = 0;
  CANDIDATE.lastIndex = 0;
  while (i < n) {
    CANDIDATE.lastIndex = i;
    const hit = CANDIDATE.exec(text);
    if (!hit) break;
    i = hit.index;
    const ch = text[i];
    if (ch === "\n") {
      let j2 = i + 1;
      while (j2 < n && (text[j2] === " " || text[j2] === "	" || text[j2] === "\r")) j2++;
      if (text[j2] === "\n") {
        push(i);
        i = j2 + 1;
        continue;
      }
      i++;
      continue;
    }
    if (!TERMINATORS.has(ch)) {
      i++;
      continue;
    }
    const markStart = i;
    let j = i;
    while (j < n && TERMINATORS.has(text[j])) j++;
    const single = j - markStart === 1 && ch === ".";
    while (j < n && CLOSERS.has(text[j])) j++;
    if (j < n && !isSpace(text[j])) {
      i = j;
      continue;
    }
    let k = j;
    while (k < n && isSpace(text[k])) k++;
    if (k >= n) {
      push(j);
      i = k;
      continue;
    }
    const next = text[k];
    if (continues(next)) {
      i = j;
      continue;
    }
    if (single) {
      const word = wordBefore(text, markStart);
      const lower = word.length <= 6 ? word.toLowerCase() : "";
      if (lower && (ABBREVIATIONS.has(lower) || ABBREVIATIONS.has(lower.replace(/\.$/, "")))) {
        i = j;
        continue;
      }
      if (lower && isDigitChar(next) && NUMBER_ABBREVIATIONS.has(lower)) {
        i = j;
        continue;
      }
      if (word.length === 1 && /\p{Lu}/u.test(word)) {
        i = j;
        continue;
      }
      if (word.includes(".") && /^(?:\p{L}\.)+\p{L}?$/u.test(word)) {
        i = j;
        continue;
      }
    }
    push(j);
    i = k;
  }
  push(n);
  return out;
}

// ../../packages/parser/src/figures/lexicon.ts
var SMALL_NUMBERS = /* @__PURE__ */ new Map([
  ["zero", 0],
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
  ["thirteen", 13],
  ["fourteen", 14],
  ["fifteen", 15],
  ["sixteen", 16],
  ["seventeen", 17],
  ["eighteen", 18],
  ["nineteen", 19],
  ["twenty", 20],
  ["thirty", 30],
  ["forty", 40],
  ["fourty", 40],
  ["fifty", 50],
  ["sixty", 60],
  ["seventy", 70],
  ["eighty", 80],
  ["ninety", 90]
]);
var NUMBER_START = /* @__PURE__ */ new Set([...SMALL_NUMBERS.keys(), "a", "an", "half", "dozen"]);
var QUALIFIERS = [
  ["no", "fewer", "than"],
  ["no", "less", "than"],
  ["no", "more", "than"],
  ["as", "many", "as"],
  ["as", "much", "as"],
  ["as", "few", "as"],
  ["in", "excess", "of"],
  ["a", "little", "over"],
  ["a", "total", "of"],
  ["more", "than"],
  ["fewer", "than"],
  ["less", "than"],
  ["at", "least"],
  ["at", "most"],
  ["up", "to"],
  ["close", "to"],
  ["nearly", "all"],
  ["upwards", "of"],
  ["upward", "of"],
  ["just", "over"],
  ["just", "under"],
  ["well", "over"],
  ["well", "above"],
  ["slightly", "more", "than"],
  ["an", "estimated"],
  ["the", "estimated"],
  ["over"],
  ["under"],
  ["above"],
  ["below"],
  ["nearly"],
  ["almost"],
  ["around"],
  ["about"],
  ["approximately"],
  ["approx"],
  ["roughly"],
  ["some"],
  ["circa"],
  ["estimated"],
  ["surpassed"],
  ["surpassing"],
  ["exceeded"],
  ["exceeding"],
  ["topped"],
  ["topping"],
  ["passed"],
  ["beyond"]
];
var u = (unit, cls, kind) => kind ? { unit, cls, kind } : { unit, cls };
var UNITS = /* @__PURE__ */ new Map([
  // distance
  ["km", u("km", "distance", "distance")],
  ["kms", u("km", "distance", "distance")],
  ["kilometre", u("km", "distance", "distance")],
  ["kilometres", u("km", "distance", "distance")],
  ["kilometer", u("km", "distance", "distance")],
  ["kilometers", u("km", "distance", "distance")],
  ["mile", u("mi", "distance", "distance")],
  ["miles", u("mi", "distance", "distance")],
  ["mi", u("mi", "distance", "distance")],
  ["metre", u("m", "distance", "distance")],
  ["metres", u("m", "distance", "distance")],
  ["meter", u("m", "distance", "distance")],
  ["meters", u("m", "distance", "distance")],
  ["feet", u("ft", "distance", "distance")],
  ["foot", u("ft", "distance", "distance")],
  ["ft", u("ft", "distance", "distance")],
  ["yards", u("yd", "distance", "distance")],
  ["yard", u("yd", "distance", "distance")],
  // area
  ["hectares", u("ha", "area")],
  ["hectare", u("ha", "area")],
  ["acres", u("acres", "area")],
  ["acre", u("acres", "area")],
  ["km2", u("km2", "area")],
  ["sq", u("km2", "area")],
  ["square", u("km2", "area")],
  // time
  ["second", u("seconds", "time")],
  ["seconds", u("seconds", "time")],
  ["minute", u("minutes", "time")],
  ["minutes", u("minutes", "time")],
  ["hour", u("hours", "time")],
  ["hours", u("hours", "time")],
  ["day", u("days", "time")],
  ["days", u("days", "time")],
  ["week", u("weeks", "time")],
  ["weeks", u("weeks", "time")],
  ["month", u("months", "time")],
  ["months", u("months", "time")],
  ["year", u("years", "time")],
  ["years", u("years", "time")],
  ["decade", u("decades", "time")],
  ["decades", u("decades", "time")],
  ["century", u("centuries", "time")],
  ["centuries", u("centuries", "time")],
  // weight / volume (aid)
  ["tonnes", u("tonnes", "weight", "aid")],
  ["tonne", u("tonnes", "weight", "aid")],
  ["tons", u("tonnes", "weight", "aid")],
  ["ton", u("tonnes", "weight", "aid")],
  ["t", u("tonnes", "weight", "aid")],
  ["kg", u("kg", "weight", "aid")],
  ["kilograms", u("kg", "weight", "aid")],
  ["kilogrammes", u("kg", "weight", "aid")],
  ["kilos", u("kg", "weight", "aid")],
  ["pounds", u("lb", "weight", "aid")],
  ["lb", u("lb", "weight", "aid")],
  ["lbs", u("lb", "weight", "aid")],
  ["litres", u("litres", "volume", "aid")],
  ["liters", u("litres", "volume", "aid")],
  ["gallons", u("gallons", "volume", "aid")],
  ["barrels", u("barrels", "volume")],
  // currency words
  ["dollars", u("USD", "currency")],
  ["dollar", u("USD", "currency")],
  ["usd", u("USD", "currency")],
  ["euros", u("EUR", "currency")],
  ["euro", u("EUR", "currency")],
  ["eur", u("EUR", "currency")],
  ["sterling", u("GBP", "currency")],
  ["gbp", u("GBP", "currency")],
  // percent
  ["percent", u("%", "percent")],
  ["pc", u("%", "percent")],
  // people and things counted
  ["people", u("people", "count")],
  ["persons", u("people", "count")],
  ["person", u("people", "count")],
  ["individuals", u("people", "count")],
  ["civilians", u("civilians", "count")],
  ["civilian", u("civilians", "count")],
  ["children", u("children", "count")],
  ["child", u("children", "count")],
  ["kids", u("children", "count")],
  ["minors", u("children", "count")],
  ["babies", u("children", "count")],
  ["infants", u("children", "count")],
  ["women", u("women", "count")],
  ["men", u("men", "count")],
  ["adults", u("people", "count")],
  ["patients", u("patients", "count")],
  ["victims", u("people", "count")],
  ["journalists", u("journalists", "count")],
  ["workers", u("workers", "count")],
  ["staff", u("staff", "count")],
  ["volunteers", u("people", "count")],
  ["students", u("students", "count")],
  ["families", u("families", "count")],
  ["households", u("households", "count")],
  ["migrants", u("migrants", "count")],
  ["hostages", u("hostages", "count")],
  ["prisoners", u("prisoners", "count")],
  ["detainees", u("detainees", "count")],
  ["citizens", u("people", "count")],
  ["nationals", u("people", "count")],
  ["residents", u("residents", "count", "population")],
  ["inhabitants", u("residents", "count", "population")],
  ["refugees", u("refugees", "count", "refugees")],
  ["refugee", u("refugees", "count", "refugees")],
  ["idps", u("people", "count", "displaced")],
  ["evacuees", u("people", "count", "displaced")],
  ["displaced", u("people", "count", "displaced")],
  ["homeless", u("people", "count", "displaced")],
  ["lives", u("people", "count", "killed")],
  ["dead", u("people", "count", "killed")],
  ["deaths", u("people", "count", "killed")],
  ["fatalities", u("people", "count", "killed")],
  ["bodies", u("people", "count", "killed")],
  ["casualties", u("people", "count", "killed")],
  ["wounded", u("people", "count", "injured")],
  ["injured", u("people", "count", "injured")],
  ["injuries", u("people", "count", "injured")],
  ["troops", u("troops", "count", "troops")],
  ["soldiers", u("soldiers", "count", "troops")],
  ["soldier", u("soldiers", "count", "troops")],
  ["fighters", u("fighters", "count", "troops")],
  ["militants", u("fighters", "count", "troops")],
  ["militiamen", u("fighters", "count", "troops")],
  ["rebels", u("fighters", "count", "troops")],
  ["insurgents", u("fighters", "count", "troops")],
  ["combatants", u("fighters", "count", "troops")],
  ["gunmen", u("fighters", "count", "troops")],
  ["mercenaries", u("fighters", "count", "troops")],
  ["personnel", u("troops", "count", "troops")],
  ["servicemen", u("troops", "count", "troops")],
  ["servicemembers", u("troops", "count", "troops")],
  ["reservists", u("troops", "count", "troops")],
  ["conscripts", u("troops", "count", "troops")],
  ["recruits", u("troops", "count", "troops")],
  ["paratroopers", u("troops", "count", "troops")],
  ["marines", u("troops", "count", "troops")],
  ["strong", u("troops", "count", "troops")],
  ["forces", u("troops", "count", "troops")],
  ["police", u("police", "count")],
  ["policemen", u("police", "count")],
  ["officers", u("officers", "count")],
  ["trucks", u("trucks", "count", "aid")],
  ["truck", u("trucks", "count", "aid")],
  ["lorries", u("trucks", "count", "aid")],
  ["lorry", u("trucks", "count", "aid")],
  ["convoys", u("convoys", "count", "aid")],
  ["meals", u("meals", "count", "aid")],
  ["rations", u("rations", "count", "aid")],
  ["parcels", u("parcels", "count", "aid")],
  ["tents", u("tents", "count", "aid")],
  ["blankets", u("blankets", "count", "aid")],
  ["doses", u("doses", "count", "aid")],
  ["airdrops", u("airdrops", "count", "aid")]
]);
var CUES = new Map([
  ...[
    "killed",
    "kill",
    "kills",
    "killing",
    "killings",
    "dead",
    "death",
    "deaths",
    "died",
    "die",
    "dies",
    "dying",
    "fatalities",
    "fatality",
    "slain",
    "massacred",
    "executed",
    "perished",
    "murdered",
    "toll",
    "bodies",
    "casualties",
    "martyred",
    "martyrs",
    "lives"
  ].map((w) => [w, "killed"]),
  ...["injured", "injuring", "injuries", "injury", "wounded", "wounding", "hurt", "maimed"].map(
    (w) => [w, "injured"]
  ),
  ...[
    "displaced",
    "displacing",
    "displacement",
    "fled",
    "flee",
    "fleeing",
    "flees",
    "uprooted",
    "homeless",
    "evacuated",
    "evacuees",
    "evacuation",
    "exodus",
    "idps",
    "sheltering",
    "escaped",
    "escaping",
    "deported",
    "expelled",
    "expulsion",
    "deportation",
    "relocated",
    "forced"
  ].map((w) => [w, "displaced"]),
  ...["refugees", "refugee", "asylum", "crossed", "abroad"].map(
    (w) => [w, "refugees"]
  ),
  ...["population", "residents", "inhabitants", "populated", "populous", "live", "living"].map(
    (w) => [w, "population"]
  ),
  ...[
    "aid",
    "humanitarian",
    "assistance",
    "relief",
    "supplies",
    "trucks",
    "lorries",
    "convoy",
    "convoys",
    "pledged",
    "pledge",
    "pledges",
    "donated",
    "donation",
    "donations",
    "funding",
    "appeal",
    "appealed",
    "meals",
    "rations",
    "airdropped"
  ].map((w) => [w, "aid"]),
  ...[
    "troops",
    "soldiers",
    "fighters",
    "militants",
    "insurgents",
    "combatants",
    "personnel",
    "servicemen",
    "reservists",
    "mercenaries",
    "reinforcements",
    "deployed",
    "deploy",
    "deploying",
    "deployment",
    "mobilised",
    "mobilized",
    "conscripts",
    "battalions",
    "brigades",
    "army",
    "militia"
  ].map((w) => [w, "troops"])
]);

// ../../packages/parser/src/figures/extract.ts
var QUALIFIERS_BY_LAST = /* @__PURE__ */ new Map();
for (const q of QUALIFIERS) {
  const last = q[q.length - 1];
  const list = QUALIFIERS_BY_LAST.get(last);
  if (list) list.push(q);
  else QUALIFIERS_BY_LAST.set(last, [q]);
}

// ../../packages/parser/src/figures/merge.ts
var KIND_WEIGHT = {
  killed: 100,
  displaced: 90,
  injured: 80,
  refugees: 70,
  population: 50,
  aid: 45,
  distance: 40,
  troops: 35,
  duration: 10,
  other: 5
};
var KINDS_BY_WEIGHT = Object.keys(KIND_WEIGHT).filter((k) => k !== "other");
var LOG_BUCKET = Math.log(1.02);

// ../../packages/parser/src/sources/decode.ts
var import_chardet = __toESM(require_lib(), 1);

// ../../packages/parser/src/sources/lazy.ts
import { createRequire } from "node:module";
var require2 = createRequire(import.meta.url);

// ../../packages/parser/src/sources/read.ts
var DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

// ../../packages/parser/src/timeline/dates.ts
var WD = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
var MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December";
var MONTH_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
var MONTH = `(?:${MONTH_FULL}|(?:${MONTH_ABBR})\\.?)`;
var DAY = "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?";
var YEAR = "(?:1[89]\\d\\d|20\\d\\d)";
var NUM2 = "\\d{1,3}|a dozen|a couple of|a few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty";
var APPROX = "about|around|some|nearly|almost|roughly|approximately|more than|less than|over|under|just|only|barely|at least";
var PART = "early|mid|late|the end of|the start of|the beginning of|the middle of";
var cap = (words) => words.split("|").map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}`).join("|");
var R_DMY = new RegExp(
  `\\b(?:(${WD}),?\\s+)?(?:the\\s+)?(${DAY})(?:\\s+of)?\\s+(${MONTH})(?:,?\\s+(${YEAR}))?(?![\\w-])`,
  "g"
);
var R_MDY = new RegExp(
  `\\b(?:(${WD}),?\\s+)?(${MONTH})\\s+(${DAY})(?![\\w-]|,\\d|\\.\\d)(?:,?\\s+(${YEAR})\\b)?`,
  "g"
);
var R_ISO = new RegExp(`\\b(${YEAR})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])\\b`, "g");
var R_MY = new RegExp(`\\b(?:(${cap(PART)})[\\s-]+)?(${MONTH}),?\\s+(${YEAR})\\b(?![-\u2013/]\\d)`, "g");
var R_MONTH = new RegExp(
  `\\b(${cap(`in|since|during|last|this|of|through|throughout|${PART}`)})(?:\\s+(?:early|mid|late))?[\\s-]+(${MONTH_FULL}|(?:${MONTH_ABBR})\\.)(?:\\s+(last|this)\\s+year\\b)?(?![\\w-]|\\s+\\d)`,
  "g"
);
var R_YEAR = new RegExp(
  `\\b(${cap(`in|since|during|of|from|${PART}`)})(?:\\s+(?:early|mid|late))?[\\s-]+(${YEAR})\\b(?![-\u2013/%]|,\\d|\\.\\d|\\s*(?:percent|per cent|people|km|miles|troops|soldiers|civilians|fighters|dead|killed|displaced)\\b)`,
  "g"
);
var R_YEAR_NOUN = new RegExp(
  `\\b([Tt]he)\\s+(${YEAR})\\s+(?=(?:uprising|war|revolution|revolt|elections?|attacks?|invasion|coup|protests?|earthquake|offensive|ceasefire|truce|agreement|accord|deal|conflict|crisis|massacre|siege|referendum|talks|summit|campaign|intervention|floods?|bombings?|crackdown|withdrawal|occupation|clashes|fighting|battle|assault|raid|strikes?)\\b)`,
  "g"
);
var R_WEEKDAY = new RegExp(
  `\\b(?:(${cap("last|this|next|on|late|early|until|till|before|since|from|every|each|through|past|previous|following|coming")})\\s+)?(${WD})('s|\u2019s)?(?:\\s+(morning|afternoon|evening|night))?\\b(?!\\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Observer|Tribune|Independent|Night Football|Service|School|Club)\\b)`,
  "g"
);
var R_AGO = new RegExp(
  `\\b(?:(${APPROX})\\s+)?(${NUM2})\\s+(hour|day|week|month|year)s?\\s+ago\\b`,
  "gi"
);
var R_PAST_N = new RegExp(
  `\\b(?:the\\s+)(?:past|last|previous)\\s+(\\d{1,3}|${NUM2})\\s+(hour|day|week|month)s\\b`,
  "gi"
);

// ../../packages/parser/src/timeline/verbs.ts
var REGULAR = `accuse add advance agree aim allow announce appeal appear approve arrest arrive ask attack attempt
avert ban+ battle besiege block bomb bombard boost breach call capture carry cause celebrate change charge
claim clash close collapse commit+ complete condemn confirm continue control+ cross damage declare defend
defect deliver demand deny deploy describe destroy detain die displace dispatch drop+ elect encircle
end enter erupt escalate evacuate evict expand expel+ explode face fail fear fire force free gain gather
halt hand happen head help impose increase initiate injure intensify invade issue join jump kidnap+ kill
land launch liberate lift list mark massacre mobilize mobilise move murder name need note occupy occur+
offer open order overthrow pass patrol+ plan+ pledge pound prepare press prevent proclaim promise protest
provide publish pull push raid rain reach recapture receive record reduce refuse reinforce reject release
remain remove repel+ report request rescue resign respond resume retreat return reveal rise sanction
secure seize sign shell shift signal slam+ spark stage start stop+ storm strengthen submit+ suffer
support surge surrender surround suspend target threaten topple trap+ travel trigger try urge use visit vote
vow walk want warn welcome withdraw wound`;
var IRREGULAR = `arise arose arisen|bear bore born|beat beat beaten|become became become|begin began begun
|break broke broken|bring brought brought|build built built|catch caught caught|choose chose chosen
|come came come|cut cut cut|deal dealt dealt|do did done|draw drew drawn|drive drove driven|fall fell fallen
|feel felt felt|fight fought fought|find found found|flee fled fled|fly flew flown|forbid forbade forbidden
|freeze froze frozen|get got got|give gave given|go went gone|grow grew grown|hang hung hung|hear heard heard
|hit hit hit|hold held held|keep kept kept|know knew known|lay laid laid|lead led led|leave left left|lose lost lost
|make made made|mean meant meant|meet met met|overrun overran overrun|overtake overtook overtaken|pay paid paid
|put put put|retake retook retaken|ride rode ridden|run ran run|say said said|see saw seen|seek sought sought
|sell sold sold|send sent sent|set set set|shake shook shaken|shoot shot shot|shut shut shut|sink sank sunk
|speak spoke spoken|spend spent spent|spread spread spread|stand stood stood|steal stole stolen
|strike struck struck|sweep swept swept|take took taken|tell told told|think thought thought|throw threw thrown
|undertake undertook undertaken|win won won|withdraw withdrew withdrawn|write wrote written`;
var FORMS = /* @__PURE__ */ new Map();
function sForm(base) {
  if (/(?:s|sh|ch|x|z|o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}
function ingForm(base, double) {
  if (double) return `${base}${base.at(-1)}ing`;
  if (/ie$/.test(base)) return `${base.slice(0, -2)}ying`;
  if (/[^e]e$/.test(base)) return `${base.slice(0, -1)}ing`;
  return `${base}ing`;
}
function edForm(base, double) {
  if (double) return `${base}${base.at(-1)}ed`;
  if (base.endsWith("e")) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  return `${base}ed`;
}
function add(form, info) {
  if (!FORMS.has(form)) FORMS.set(form, info);
}
for (const entry of REGULAR.split(/\s+/)) {
  if (!entry) continue;
  const double = entry.endsWith("+");
  const base = double ? entry.slice(0, -1) : entry;
  add(base, { base, form: "base" });
  add(sForm(base), { base, form: "s" });
  add(edForm(base, double), { base, form: "past" });
  add(ingForm(base, double), { base, form: "ing" });
}
for (const entry of IRREGULAR.split("|")) {
  const [base, past, participle] = entry.trim().split(/\s+/);
  if (!base || !past || !participle) continue;
  add(past, { base, form: "past" });
  if (participle !== past) add(participle, { base, form: "participle" });
  add(base, { base, form: "base" });
  add(sForm(base), { base, form: "s" });
  add(ingForm(base, /^(?:begin|run|overrun|hit|put|set|shut|cut|win|get|forbid|sit)$/.test(base)), {
    base,
    form: "ing"
  });
}

// ../../packages/parser/src/timeline/phrase.ts
var DETERMINERS = new Set(
  "the a an this that these those its their his her our your my some any another such".split(" ")
);
var SUBORDINATORS = new Set(
  "since after before when while as because although though where whereas until once if unless whether amid".split(
    " "
  )
);
var PREPOSITIONS = new Set(
  `in on at of to from for with by during over under near toward towards into onto across against between among
around through amid amidst after before since outside inside within without along behind beyond despite via than`.split(
    /\s+/
  )
);
var ADVERBS = new Set(
  `also now just still already reportedly recently further even then again finally soon yet allegedly apparently
reported officially initially eventually suddenly quickly swiftly rapidly largely mostly`.split(/\s+/)
);
var NOT_ADVERB_LY = new Set(
  "family ally rally supply assembly monopoly july reply anomaly italy fly belly holy ugly early only elderly".split(
    " "
  )
);
var PLURAL_NOUNS = new Set(
  "people police children men women troops forces civilians residents thousands hundreds dozens millions".split(
    " "
  )
);

// ../../packages/parser/src/timeline/merge.ts
var SYNONYMS = {};
for (const [head, words] of Object.entries({
  rebel: "rebel insurgent militant opposition jihadist",
  offensive: "offensive assault attack push campaign operation advance incursion",
  begin: "begin start launch initiate open erupt",
  capture: "capture take seize fall overrun enter control retake recapture storm",
  kill: "kill die dead death toll",
  flee: "flee displace escape leave exodus evacuate",
  strike: "strike airstrike bomb shell bombard raid hit",
  say: "say announce state warn tell report",
  war: "war conflict uprising revolution"
})) {
  for (const w of words.split(" ")) SYNONYMS[w] = head;
}
var STOP = new Set(
  "the a an of in on at to from for with by and or its their his her as is are was were be been has have had".split(
    " "
  )
);

// bench/corpus.ts
import { readdirSync, readFileSync } from "node:fs";
import { join as join2 } from "node:path";
var PLACES = [
  "Homs",
  "Hama",
  "Aleppo",
  "Idlib",
  "Deir ez-Zor",
  "Raqqa",
  "Daraa",
  "Latakia",
  "Tartus",
  "Qamishli"
];
var WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function sampleParagraphs(samplesDir) {
  const paragraphs = [];
  for (const name of readdirSync(samplesDir).sort()) {
    const body = readFileSync(join2(samplesDir, name), "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");
    for (const block of body.split(/\n\s*\n/)) {
      const text = block.replace(/\s+/g, " ").trim();
      if (text.length > 60) paragraphs.push(text);
    }
  }
  return paragraphs;
}
var SYNONYMS2 = {
  said: ["said", "reported", "stated", "told reporters", "announced"],
  fighting: ["fighting", "clashes", "combat", "hostilities"],
  rebels: ["rebels", "insurgents", "opposition fighters", "armed groups"],
  city: ["city", "town", "provincial capital", "urban centre"],
  army: ["army", "military", "armed forces", "government troops"],
  people: ["people", "residents", "civilians", "inhabitants"],
  offensive: ["offensive", "assault", "campaign", "push"]
};
var SYNONYM_WORDS = new RegExp(`\\b(${Object.keys(SYNONYMS2).join("|")})\\b`, "g");
var OPENERS = ["Meanwhile,", "Separately,", "Earlier,", "In a statement,", "According to local officials,", "By late evening,"];
function vary(paragraph, next, pick2) {
  const text = paragraph.replace(SYNONYM_WORDS, (word) => pick2(SYNONYMS2[word] ?? [word])).replace(/\b(Homs|Hama|Aleppo|Idlib|Rastan|Talbisseh|Tartus|Latakia)\b/g, () => pick2(PLACES)).replace(/\b\d[\d,]*(\.\d+)?\b/g, (n) => {
    const value = Number(n.replace(/,/g, ""));
    if (value >= 1900 && value <= 2100) return n;
    return String(Math.max(2, Math.round(value * (0.5 + next())))).replace(/\B(?=(\d{3})+$)/g, ",");
  }).replace(/\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, () => pick2(WEEKDAYS));
  return next() < 0.4 ? `${pick2(OPENERS)} ${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
}
function generateCorpus(samplesDir, bytes2, seed = 7) {
  const next = random(seed);
  const pick2 = (items) => items[Math.floor(next() * items.length)];
  const paragraphs = sampleParagraphs(samplesDir);
  const files = [];
  let total = 0;
  while (total < bytes2) {
    const place = pick2(PLACES);
    const body = [];
    const count = 5 + Math.floor(next() * 6);
    for (let i = 0; i < count; i++) {
      body.push(vary(pick2(paragraphs), next, pick2));
    }
    const day = 1 + Math.floor(next() * 7);
    const text = `---
title: Fighting near ${place}, report ${files.length + 1}
source: Bench Wire
published: 2024-12-0${day}
---

${body.join("\n\n")}
`;
    files.push({ id: `bench-${files.length + 1}`, text });
    total += Buffer.byteLength(text);
  }
  return files;
}

// src/themes/lexicon.ts
var VAGUE_CAP = 0.5;
var MILITARY = [
  // operations
  ["offensive", 1],
  ["counteroffensive", 1.2],
  ["counter offensive", 1.2],
  ["counterattack", 1.2],
  ["assault", 1],
  ["attack", 1],
  ["raid", 0.8],
  ["ambush", 1],
  ["incursion", 1],
  ["invasion", 1],
  ["invade", 1],
  ["military operation", 1],
  ["ground operation", 1.2],
  ["ground offensive", 1.2],
  ["operation", 0.3],
  ["campaign", 0.3],
  ["battle", 1],
  ["combat", 1],
  ["fighting", 0.8],
  ["heavy fighting", 1.2],
  ["fierce fighting", 1.2],
  ["intense fighting", 1.2],
  ["street fighting", 1.2],
  ["fighting erupt", 1.2],
  ["fighting broke out", 1.2],
  ["fighting continue", 1],
  ["since the fighting began", 0.4],
  ["since the fighting start", 0.4],
  ["fight", 0.6],
  ["clash", 1],
  ["skirmish", 1],
  ["firefight", 1],
  ["gunfire", 0.8],
  ["hostilities", 0.8],
  ["siege", 0.8],
  ["besiege", 0.8],
  ["encircle", 1],
  ["encirclement", 1],
  ["blockade", 0.6],
  // strikes and weapons
  ["airstrike", 1.2],
  ["air strike", 1.2],
  ["air raid", 1.2],
  ["drone strike", 1.2],
  ["missile strike", 1.2],
  ["strike", 0.6],
  ["bomb", 1],
  ["bombing", 1],
  ["bombard", 1],
  ["bombardment", 1],
  ["shell", 1],
  ["shelling", 1],
  ["artillery", 1.2],
  ["mortar", 1],
  ["rocket", 1],
  ["missile", 1],
  ["drone", 1],
  ["drone footage", 0],
  ["drone image", 0],
  ["drone video", 0],
  ["warplane", 1.2],
  ["fighter jet", 1.2],
  ["jet", 0.5],
  ["helicopter", 0.6],
  ["gunship", 1],
  ["tank", 0.8],
  ["fuel tank", 0],
  ["petrol tank", 0],
  ["gas tank", 0],
  ["water tank", 0],
  ["storage tank", 0],
  ["think tank", 0],
  ["fill their tank", 0],
  ["fill up their tank", 0],
  ["armored vehicle", 1],
  ["armoured vehicle", 1],
  ["weapon", 0.8],
  ["heavy weapon", 1.2],
  ["arms", 0.5],
  ["ammunition", 1],
  ["munition", 1],
  ["explosive", 0.6],
  ["landmine", 1],
  ["sniper", 1],
  ["air force", 1],
  ["air power", 1],
  ["firepower", 1],
  ["air defence", 1],
  ["air defense", 1],
  // forces
  ["troops", 1],
  ["troop", 1],
  ["soldier", 0.8],
  ["army", 0.8],
  ["military", 0.8],
  ["militarily", 0.8],
  ["armed force", 1],
  ["government force", 1],
  ["regime force", 1],
  ["rebel force", 1],
  ["security force", 0.8],
  ["ground force", 1],
  ["special force", 1],
  ["force", 0.4],
  ["rebel", 1],
  ["insurgent", 0.8],
  ["insurgency", 0.8],
  ["militant", 0.8],
  ["militia", 0.8],
  ["paramilitary", 1],
  ["fighter", 0.6],
  ["jihadist", 0.8],
  ["armed group", 0.8],
  ["armed opponent", 1],
  ["armed opposition", 1],
  ["armed faction", 1],
  ["opposition force", 1],
  ["opposition fighter", 1],
  ["brigade", 0.8],
  ["battalion", 1],
  ["regiment", 1],
  ["garrison", 1],
  ["commander", 0.5],
  ["mercenary", 1],
  ["conscript", 1],
  ["reservist", 1],
  ["navy", 0.8],
  ["naval", 0.8],
  ["marine", 0.5],
  ["defence ministry", 0.8],
  ["defense ministry", 0.8],
  ["ministry of defence", 0.8],
  ["ministry of defense", 0.8],
  ["pentagon", 0.8],
  // armed groups that wire copy names often
  ["hezbollah", 0.8],
  ["hamas", 0.6],
  ["#hts", 0.8],
  ["hayat tahrir al sham", 0.8],
  ["islamic state", 0.8],
  ["#isis", 0.8],
  ["#isil", 0.8],
  ["al qaeda", 0.6],
  ["#sdf", 0.8],
  ["#rsf", 0.8],
  ["rapid support force", 1],
  ["#idf", 1],
  ["wagner", 0.6],
  ["houthi", 0.8],
  ["taliban", 0.6],
  ["#m23", 0.8],
  // ground gained and lost
  ["capture", 0.6],
  ["recapture", 1.2],
  ["seize", 1],
  ["take control", 1],
  ["took control", 1],
  ["seize control", 1.2],
  ["gain control", 1],
  ["lose control", 0.8],
  ["under control", 0.5],
  ["control of", 0.6],
  ["maintain control", 0.8],
  ["in control", 0.5],
  ["overrun", 1],
  ["advance", 0.8],
  ["push", 0.3],
  ["gain ground", 1],
  ["gain", 0.4],
  ["make gain", 1],
  ["made gain", 1],
  ["lose ground", 1],
  ["retreat", 1],
  ["withdraw", 0.6],
  ["withdrawal", 0.6],
  ["pull back", 0.8],
  ["fall to the", 1],
  ["fall into the hand", 1],
  ["fall of", 0.6],
  ["enter", 0.3],
  ["surrender", 1],
  ["defect", 0.8],
  ["deploy", 1],
  ["deployment", 1],
  ["reinforcement", 1],
  ["reinforce", 0.8],
  ["mobilise", 0.8],
  ["mobilize", 0.8],
  ["mobilisation", 0.8],
  ["mobilization", 0.8],
  ["front line", 1],
  ["frontline", 1],
  ["front", 0.3],
  ["territory", 0.6],
  ["territorial", 0.6],
  ["stronghold", 0.8],
  ["bastion", 0.6],
  ["defence", 0.5],
  ["defense", 0.5],
  ["defend", 0.6],
  ["defensive", 0.8],
  ["position", 0.3],
  ["checkpoint", 0.6],
  ["outpost", 0.8],
  ["military base", 1],
  ["airbase", 1],
  ["air base", 1],
  ["naval base", 1],
  ["military academy", 0.6],
  ["supply line", 1],
  ["supply route", 1],
  ["strategic", 0.5],
  ["chokepoint", 0.8],
  ["outskirt", 0.4],
  ["victory", 0.4],
  ["momentum", 0.3],
  ["setback", 0.3],
  ["coup", 0.6],
  ["overthrow", 0.8],
  ["topple", 0.6],
  ["oust", 0.6],
  ["ceasefire violation", 1],
  // ceasefire breaches are fighting, not diplomacy (the longer phrase covers "ceasefire")
  ["violate the ceasefire", 1],
  ["violate the truce", 1],
  ["violation of the ceasefire", 1],
  ["violation of the truce", 1],
  ["breach the ceasefire", 1],
  ["breach of the ceasefire", 1],
  ["breach the truce", 1],
  ["breach of the truce", 1],
  ["truce violation", 1],
  ["rebellion", 0.8],
  ["uprising", 0.5],
  ["infantry", 1],
  ["howitzer", 1.2],
  ["grenade", 1],
  ["warship", 1.2],
  ["frigate", 1],
  ["ballistic missile", 1.2],
  ["cruise missile", 1.2],
  ["shoot down", 1],
  ["intercept", 0.6],
  ["sortie", 1],
  ["trench", 0.6],
  ["fortification", 0.8],
  ["foothold", 0.8],
  ["bridgehead", 1],
  ["infiltrate", 0.8],
  ["infiltration", 0.8],
  ["counterinsurgency", 1],
  ["sink", 0.5],
  ["hijack", 0.8],
  ["march on", 0.8],
  ["march toward", 0.8],
  ["march towards", 0.8],
  // military words that are not about fighting
  ["fighting age", 0],
  ["military age", 0],
  ["air force one", 0],
  ["military government", 0.4],
  ["military junta", 0.5],
  ["junta", 0.4],
  ["military rule", 0.4],
  ["military coup", 0.6]
];
var HUMANITARIAN = [
  ["humanitarian", 0.7],
  ["humanitarian aid", 1.2],
  ["humanitarian assistance", 1.2],
  ["humanitarian access", 1.2],
  ["humanitarian corridor", 1.2],
  ["humanitarian situation", 1],
  ["humanitarian need", 1.2],
  ["aid", 0.6],
  ["aid convoy", 1.2],
  ["aid truck", 1.2],
  ["aid shipment", 1.2],
  ["aid flight", 1.2],
  ["humanitarian pause", 1.2],
  ["power cut", 1],
  ["power outage", 1],
  ["blackout", 0.8],
  ["without power", 1],
  ["without electricity", 1],
  ["heating", 0.5],
  ["hostage", 0.6],
  ["aid worker", 1.2],
  ["aid agency", 1.2],
  ["aid group", 1.2],
  ["aid delivery", 1.2],
  ["relief", 0.5],
  ["relief agency", 1.2],
  ["food", 0.6],
  ["bread", 0.6],
  ["flour", 0.6],
  ["queue", 0.4],
  ["ration", 0.6],
  ["food aid", 1.2],
  ["food insecurity", 1.2],
  ["famine", 1.2],
  ["starvation", 1.2],
  ["starve", 1],
  ["hunger", 1],
  ["malnutrition", 1.2],
  ["malnourish", 1.2],
  ["water", 0.3],
  ["clean water", 1],
  ["drinking water", 1],
  ["electricity", 0.5],
  ["fuel", 0.3],
  ["medicine", 0.8],
  ["medical", 0.6],
  ["medical supply", 1],
  ["shortage", 0.6],
  ["supply", 0.2],
  ["hospital", 1],
  ["clinic", 0.8],
  ["health facility", 1],
  ["health care", 0.8],
  ["healthcare", 0.8],
  ["doctor", 0.6],
  ["nurse", 0.6],
  ["ambulance", 0.8],
  ["paramedic", 0.8],
  ["rescuer", 1],
  ["rescue", 0.6],
  ["rubble", 0.8],
  ["cholera", 1.2],
  ["disease", 0.8],
  ["outbreak", 0.6],
  ["epidemic", 1],
  ["displaced", 1.2],
  ["displace", 1.2],
  ["displacement", 1.2],
  ["internally displaced", 1.2],
  ["#idp", 1.2],
  ["refugee", 1.2],
  ["asylum", 0.8],
  ["asylum seeker", 1.2],
  ["asylum application", 1.2],
  ["asylum claim", 1.2],
  ["asylum request", 1.2],
  ["exodus", 1.2],
  ["uproot", 1.2],
  ["evacuee", 1.2],
  ["evacuation", 0.7],
  ["mass evacuation", 1.2],
  ["evacuate", 0.8],
  ["shelter", 0.8],
  ["homeless", 1],
  ["tent", 0.6],
  ["camp", 0.4],
  ["displacement camp", 1.2],
  ["refugee camp", 1.2],
  ["civilian", 0.8],
  ["civilian casualty", 1.2],
  ["women and child", 1.2],
  ["human cost", 1.2],
  ["humanitarian crisis", 1],
  ["suffering", 1],
  ["plight", 1],
  ["trap", 0.5],
  ["death toll", 1.2],
  ["toll", 0.5],
  ["massacre", 1],
  ["mass grave", 1.2],
  ["atrocity", 1],
  ["war crime", 1],
  ["human right", 0.6],
  ["abuse", 0.5],
  ["looting", 0.6],
  ["orphan", 1],
  // humanitarian agencies
  ["#unhcr", 1.2],
  ["#ocha", 1.2],
  ["#wfp", 1.2],
  ["#unicef", 1.2],
  ["#icrc", 1.2],
  ["#unrwa", 1.2],
  ["#msf", 1.2],
  ["#who", 0.8],
  ["world food programme", 1.2],
  ["world food program", 1.2],
  ["world health organization", 1.2],
  ["red cross", 1.2],
  ["red crescent", 1.2],
  ["doctors without borders", 1.2],
  ["medecins sans frontieres", 1.2],
  ["white helmet", 1.2],
  ["civil defence", 1],
  ["civil defense", 1],
  ["save the children", 1.2],
  ["un refugee agency", 1.2],
  ["#iom", 1.2],
  ["international organization for migration", 1.2],
  ["#unfpa", 1.2],
  ["#fao", 0.8],
  ["#nrc", 1.2],
  ["#irc", 1],
  ["#ipc", 1],
  ["humanitarian coordinator", 1.2],
  ["humanitarian partner", 1.2],
  ["humanitarian worker", 1.2],
  ["humanitarian organization", 1.2],
  ["humanitarian organisation", 1.2],
  // appeals and funding (OCHA, ReliefWeb)
  ["humanitarian response plan", 1.2],
  ["response plan", 0.8],
  ["flash appeal", 1.2],
  ["humanitarian appeal", 1.2],
  ["fund", 0.4],
  ["underfund", 1],
  ["funding gap", 1],
  ["funding shortfall", 1],
  ["shortfall", 0.4],
  ["donor", 0.6],
  ["pledging conference", 1],
  ["emergency aid", 1.2],
  ["emergency assistance", 1.2],
  ["emergency relief", 1.2],
  ["relief supplies", 1],
  ["relief effort", 1],
  ["assistance", 0.4],
  ["people in need", 1.2],
  ["in need", 0.6],
  ["life saving", 0.8],
  ["lifesaving", 0.8],
  ["food security", 1],
  ["nutrition", 0.8],
  ["vaccination", 0.8],
  ["vaccine", 0.6],
  ["sanitation", 1],
  ["hygiene", 0.8],
  ["sexual violence", 1.2],
  ["gender based violence", 1.2],
  ["rape", 1],
  ["abduct", 0.8],
  ["abduction", 0.8],
  ["kidnap", 0.6],
  ["trafficking", 0.6],
  ["trauma", 0.8],
  ["survivor", 0.6],
  ["dehydrat", 0.8],
  ["search and rescue", 1.2],
  ["rescue team", 1],
  ["crossing", 0.4],
  ["border crossing", 0.8],
  ["truck", 0.3],
  // displacement
  ["forced from their home", 1.2],
  ["forced from home", 1.2],
  ["forced out of their home", 1.2],
  ["forced to flee", 1.2],
  ["driven from their home", 1.2],
  ["lost their home", 1],
  ["host community", 1],
  ["new arrival", 0.8],
  ["influx", 0.8],
  ["returnee", 1],
  ["stateless", 1],
  ["informal settlement", 0.8],
  // disasters
  ["earthquake", 1],
  ["quake", 1],
  ["aftershock", 0.8],
  ["tremor", 0.4],
  ["flood", 0.8],
  ["cyclone", 1],
  ["hurricane", 1],
  ["typhoon", 1],
  ["tsunami", 1],
  ["landslide", 0.8],
  ["drought", 0.8],
  ["wildfire", 0.8],
  ["natural disaster", 1.2],
  ["disaster", 0.6],
  ["debris", 0.5]
];
var DIPLOMATIC = [
  ["diplomacy", 1.2],
  ["diplomatic", 1],
  ["diplomat", 1],
  ["peace talks", 1.2],
  ["talks", 0.6],
  ["held talks", 1.2],
  ["negotiation", 1],
  ["negotiate", 1],
  ["prisoner of war", 0.6],
  ["prisoner exchange", 1.2],
  ["prisoner swap", 1.2],
  ["humanitarian pause", 0.8],
  ["negotiator", 1],
  ["mediation", 1],
  ["mediate", 1],
  ["mediator", 1],
  ["ceasefire", 1],
  ["cease fire", 1],
  ["truce", 1],
  ["armistice", 1],
  ["peace deal", 1.2],
  ["peace agreement", 1.2],
  ["peace plan", 1.2],
  ["peace process", 1.2],
  ["peace conference", 1.2],
  ["political solution", 1.2],
  ["political settlement", 1.2],
  ["political transition", 1],
  ["de escalation", 0.8],
  ["restraint", 0.8],
  ["summit", 1],
  ["bilateral", 1],
  ["multilateral", 1],
  ["diplomatic tie", 1.2],
  ["diplomatic relation", 1.2],
  ["tie", 0.4],
  ["relation", 0.4],
  ["normalisation", 1],
  ["normalization", 1],
  ["embassy", 1],
  ["ambassador", 1],
  ["counterpart", 1],
  ["envoy", 1],
  ["consulate", 1],
  ["foreign minister", 1.2],
  ["foreign ministry", 1.2],
  ["ministry of foreign affairs", 1.2],
  ["foreign secretary", 1.2],
  ["foreign policy", 1],
  ["secretary of state", 1.2],
  ["state department", 1.2],
  ["security council", 1.2],
  ["general assembly", 1.2],
  ["secretary general", 1],
  ["international community", 0.8],
  ["world leader", 0.8],
  ["sanction", 1],
  ["resolution", 0.4],
  ["condemn", 0.8],
  ["condemnation", 1],
  ["denounce", 0.6],
  ["recognise", 0.4],
  ["recognize", 0.4],
  ["recognition", 0.5],
  ["ally", 0.4],
  ["alliance", 0.5],
  ["allegiance", 0.2],
  ["interest", 0.2],
  ["end the war", 0.6],
  ["end the conflict", 0.6],
  ["end the fighting", 0.6],
  ["end to the war", 0.6],
  ["end to the fighting", 0.6],
  ["#nato", 0.8],
  ["european union", 0.6],
  ["#eu", 0.6],
  ["arab league", 0.8],
  ["african union", 0.8],
  ["#g7", 0.8],
  ["#g20", 0.8],
  ["kremlin", 0.5],
  ["white house", 0.5],
  ["agreement", 0.6],
  ["deal", 0.4],
  ["treaty", 1],
  ["cessation of hostilities", 1.2],
  ["ceasefire talks", 1.2],
  ["dialogue", 0.6],
  ["rapprochement", 1],
  ["communique", 1],
  ["joint statement", 1.2],
  ["sovereignty", 0.6],
  ["territorial integrity", 1],
  ["foreign interference", 0.8],
  ["human rights council", 1.2],
  ["special representative", 1],
  ["high commissioner", 0.8],
  ["peacekeeping", 0.8],
  ["peacekeeper", 0.8],
  ["multinational", 0.8],
  ["stabilisation force", 0.8],
  ["stabilization force", 0.8],
  ["expel", 0.8],
  ["expulsion", 0.8],
  ["persona non grata", 1.2],
  ["summon", 0.6],
  ["broker", 0.8],
  ["veto", 1],
  ["embargo", 0.8],
  ["arms embargo", 1.2],
  ["asset freeze", 1],
  ["state visit", 1.2],
  ["official visit", 1],
  ["pledging conference", 1],
  ["foreign aid", 0.6],
  ["proxy", 0.5],
  ["#ecowas", 0.8],
  ["#asean", 0.8],
  ["#sadc", 0.8],
  ["#igad", 0.8],
  ["#osce", 0.8],
  ["#gcc", 0.8],
  // a truce as a date, not an act ("the deadliest day since the ceasefire began")
  ["since the ceasefire", 0.3],
  ["since the truce", 0.3],
  ["before the ceasefire", 0.3],
  ["before the truce", 0.3]
];
var VAGUE = {
  military: [
    ["war", 0.4],
    ["civil war", 0.5],
    ["conflict", 0.3],
    ["violence", 0.4],
    ["escalation", 0.4],
    ["escalate", 0.4],
    ["armed", 0.4],
    ["security", 0.2],
    ["regime", 0.2],
    ["insecurity", 0.3],
    ["instability", 0.2],
    ["tension", 0.2]
  ],
  humanitarian: [
    ["crisis", 0.3],
    ["fear", 0.3],
    ["afraid", 0.4],
    ["scared", 0.4],
    ["terror", 0.3],
    ["panic", 0.3],
    ["alarm", 0.3],
    ["desperate", 0.4],
    ["grief", 0.3],
    ["mourn", 0.3],
    ["safety", 0.3],
    ["population", 0.2],
    ["family", 0.3],
    ["resident", 0.3],
    ["violence", 0.2]
  ],
  diplomatic: [
    ["peace", 0.3],
    ["international", 0.3],
    ["global", 0.2],
    ["regional power", 0.3],
    ["foreign", 0.2],
    ["government", 0.1]
  ]
};
var CIVILIAN_NOUNS = [
  "civilian",
  "child",
  "kid",
  "baby",
  "infant",
  "woman",
  "girl",
  "boy",
  "resident",
  "people",
  "person",
  "family",
  "villager",
  "inhabitant",
  "citizen",
  "patient",
  "aid worker",
  "journalist",
  "reporter",
  "doctor",
  "nurse",
  "medic",
  "paramedic",
  "student",
  "pupil",
  "worshipper",
  "passenger",
  "farmer",
  "refugee",
  "migrant",
  "evacuee",
  "elderly",
  "witness",
  "household",
  "population",
  "life",
  "non combatant",
  "noncombatant",
  "bystander",
  "minority",
  "community"
];
var COMBATANT_NOUNS = [
  "soldier",
  "troops",
  "troop",
  "fighter",
  "militant",
  "rebel",
  "insurgent",
  "serviceman",
  "servicemen",
  "service member",
  "military personnel",
  "officer",
  "combatant",
  "guard",
  "commander",
  "conscript",
  "recruit",
  "jihadist",
  "gunman",
  "sniper",
  "pilot",
  "paratrooper",
  "mercenary",
  "militiaman",
  "militiamen",
  "force",
  "army",
  "militia",
  "garrison",
  "crew",
  "defender",
  "attacker",
  "general",
  "colonel"
];
var CASUALTY_WORDS = [
  "kill",
  "killing",
  "dead",
  "die",
  "death",
  "wound",
  "wounded",
  "injure",
  "injured",
  "injury",
  "casualty",
  "body",
  "corpse",
  "massacre",
  "slaughter",
  "execute",
  "execution",
  "shoot dead",
  "bury",
  "funeral",
  "missing"
];
var FLIGHT_WORDS = ["flee", "escape", "evacuate", "leave", "abandon", "run"];
var DISTRESS_WORDS = [
  "fear",
  "afraid",
  "scared",
  "terror",
  "terrify",
  "panic",
  "alarm",
  "trap",
  "stranded",
  "suffer",
  "suffering",
  "hunger",
  "hungry",
  "cold",
  "desperate",
  "struggle",
  "caught in the crossfire",
  "crossfire",
  "safety",
  "homeless",
  "harm",
  "protect",
  "protection",
  "spare",
  "endure"
];
var DIPLOMATIC_ACTORS = [
  "secretary general",
  "security council",
  "general assembly",
  "foreign minister",
  "foreign ministry",
  "ministry of foreign affairs",
  "foreign secretary",
  "secretary of state",
  "state department",
  "envoy",
  "special envoy",
  "ambassador",
  "embassy",
  "diplomat",
  "kremlin",
  "white house",
  "downing street",
  "elysee",
  "#nato",
  "#eu",
  "european union",
  "european commission",
  "arab league",
  "african union",
  "#g7",
  "#g20",
  "prime minister",
  "president",
  "chancellor",
  "world leader",
  "head of state",
  "head of government",
  "vice president",
  "human rights council",
  "special representative",
  "special rapporteur",
  "high commissioner",
  "mediator",
  "negotiator",
  "delegation",
  "foreign office",
  "#ecowas",
  "#asean",
  "#sadc",
  "#igad",
  "#osce",
  "#gcc",
  "leader",
  "pope"
];
var UN_ACTORS = ["#un", "united nation", "#unsc", "un agency"];
var STATE_NAMES = [
  "united states",
  "#us",
  "#usa",
  "america",
  "washington",
  "russia",
  "moscow",
  "china",
  "beijing",
  "iran",
  "tehran",
  "turkey",
  "turkiye",
  "ankara",
  "israel",
  "jerusalem",
  "tel aviv",
  "brussels",
  "kabul",
  "tripoli",
  "sanaa",
  "minsk",
  "tbilisi",
  "yerevan",
  "baku",
  "nairobi",
  "addis ababa",
  "saudi arabia",
  "riyadh",
  "qatar",
  "doha",
  "egypt",
  "cairo",
  "jordan",
  "amman",
  "iraq",
  "baghdad",
  "lebanon",
  "beirut",
  "syria",
  "damascus",
  "united arab emirate",
  "#uae",
  "abu dhabi",
  "britain",
  "#uk",
  "united kingdom",
  "london",
  "france",
  "paris",
  "germany",
  "berlin",
  "italy",
  "rome",
  "spain",
  "ukraine",
  "kyiv",
  "kiev",
  "poland",
  "warsaw",
  "belarus",
  "india",
  "new delhi",
  "pakistan",
  "islamabad",
  "japan",
  "tokyo",
  "south korea",
  "seoul",
  "north korea",
  "pyongyang",
  "sudan",
  "khartoum",
  "ethiopia",
  "eritrea",
  "kenya",
  "libya",
  "yemen",
  "oman",
  "kuwait",
  "bahrain",
  "algeria",
  "morocco",
  "tunisia",
  "azerbaijan",
  "armenia",
  "georgia",
  "brazil",
  "canada",
  "ottawa",
  "australia",
  "rwanda",
  "congo",
  "kinshasa",
  "venezuela",
  "colombia",
  "mexico",
  "kigali",
  "uganda",
  "kampala",
  "burundi",
  "bujumbura",
  "tanzania",
  "south sudan",
  "juba",
  "chad",
  "somalia",
  "mogadishu",
  "djibouti",
  "nigeria",
  "abuja",
  "niger",
  "niamey",
  "mali",
  "bamako",
  "burkina faso",
  "cameroon",
  "south africa",
  "pretoria",
  "angola",
  "luanda",
  "haiti",
  "myanmar",
  "naypyidaw",
  "thailand",
  "bangkok",
  "bangladesh",
  "dhaka",
  "afghanistan",
  "indonesia",
  "jakarta",
  "philippines",
  "manila",
  "vietnam",
  "hanoi",
  "malaysia",
  "singapore",
  "netherlands",
  "the hague",
  "belgium",
  "sweden",
  "stockholm",
  "norway",
  "oslo",
  "denmark",
  "copenhagen",
  "finland",
  "helsinki",
  "switzerland",
  "bern",
  "austria",
  "vienna",
  "hungary",
  "budapest",
  "greece",
  "athens",
  "cyprus",
  "serbia",
  "belgrade",
  "kosovo",
  "moldova",
  "romania",
  "bulgaria",
  "czech republic",
  "prague",
  "lithuania",
  "latvia",
  "estonia",
  "argentina",
  "buenos aires",
  "chile",
  "peru",
  "cuba",
  "havana",
  "caracas",
  "bogota",
  "brasilia",
  "new zealand",
  "canberra"
];
var DIPLOMATIC_VERBS = [
  "say",
  "state",
  "statement",
  "comment",
  "call on",
  "call for",
  "called on",
  "urge",
  "appeal",
  "warn",
  "condemn",
  "denounce",
  "welcome",
  "demand",
  "express",
  "voice",
  "reiterate",
  "pledge",
  "promise",
  "accuse",
  "reject",
  "praise",
  "criticise",
  "criticize",
  "meet",
  "meeting",
  "host",
  "talk",
  "discuss",
  "negotiate",
  "mediate",
  "propose",
  "sign",
  "agree",
  "agreement",
  "recognise",
  "recognize",
  "oppose",
  "summon",
  "expel",
  "sanction",
  "visit",
  "phone",
  "call",
  "announce",
  "speak",
  "thank",
  "insist",
  "stress",
  "affirm",
  "declare",
  "tell",
  "deny",
  "vow",
  "threaten",
  "dismiss",
  "blame",
  "address",
  "brief",
  "donate",
  "recall",
  "deplore"
];
var RELATION_VERBS = [
  "oppose",
  "support",
  "back",
  "recognise",
  "recognize",
  "sever",
  "restore",
  "normalise",
  "normalize",
  "sanction",
  "ally",
  "side with",
  "mediate between",
  "broker",
  "close",
  "reopen",
  "suspend",
  "resume",
  "visit",
  "host",
  "accuse",
  "invite",
  "expel"
];
var STATE_OBJECTS = [
  "government",
  "regime",
  "administration",
  "state",
  "country",
  "nation",
  "counterpart"
];
var HISTORY_CUES = [
  "reminiscent",
  "history",
  "historically",
  "decades ago",
  "years ago",
  "centuries ago",
  "early day",
  "anniversary",
  "founded",
  "rose to prominence",
  "first emerged",
  "dates back",
  "since independence",
  "colonial"
];
var META_CUES = [
  "this report",
  "this article",
  "this piece",
  "this story",
  "this analysis",
  "subscribe",
  "newsletter",
  "sign up",
  "click",
  "read more",
  "leave a reply",
  "copyright",
  "all rights reserved",
  "cookie",
  "advertisement",
  "share this",
  "follow us",
  // sourcing and contact lines of press releases
  "further information",
  "more information",
  "please contact",
  "media contact",
  "press contact",
  "media unit",
  "press office",
  "for media enquiries",
  "http",
  "https",
  "www",
  "org",
  "posted by",
  "photo credit"
];
var DEMONYMS = [
  "american",
  "russian",
  "chinese",
  "iranian",
  "turkish",
  "israeli",
  "saudi",
  "qatari",
  "egyptian",
  "jordanian",
  "iraqi",
  "lebanese",
  "syrian",
  "emirati",
  "british",
  "french",
  "german",
  "italian",
  "spanish",
  "ukrainian",
  "polish",
  "indian",
  "pakistani",
  "japanese",
  "korean",
  "sudanese",
  "ethiopian",
  "kenyan",
  "libyan",
  "yemeni",
  "omani",
  "kuwaiti",
  "algerian",
  "moroccan",
  "tunisian",
  "azerbaijani",
  "armenian",
  "brazilian",
  "canadian",
  "australian",
  "rwandan",
  "congolese",
  "danish",
  "dutch",
  "swedish",
  "norwegian",
  "finnish",
  "belgian",
  "austrian",
  "swiss",
  "greek",
  "hungarian",
  "czech",
  "romanian",
  "bulgarian",
  "serbian",
  "cypriot",
  "palestinian",
  "afghan",
  "ugandan",
  "burundian",
  "tanzanian",
  "chadian",
  "somali",
  "nigerian",
  "nigerien",
  "malian",
  "cameroonian",
  "angolan",
  "haitian",
  "burmese",
  "thai",
  "bangladeshi",
  "indonesian",
  "filipino",
  "vietnamese",
  "malaysian",
  "mexican",
  "colombian",
  "venezuelan",
  "cuban",
  "argentine",
  "chilean",
  "peruvian",
  "georgian",
  "belarusian",
  "lithuanian",
  "latvian",
  "estonian",
  "slovak",
  "croatian",
  "portuguese",
  "irish",
  "european",
  "western"
];
var HARM_WORDS = [
  "bomb",
  "bombing",
  "bombard",
  "shell",
  "shelling",
  "strike",
  "airstrike",
  "attack",
  "hit",
  "target",
  "damage",
  "destroy",
  "destruction",
  "loot",
  "raze",
  "flatten",
  "fire on",
  "open fire"
];
var CIVILIAN_SITES = [
  "hospital",
  "clinic",
  "school",
  "market",
  "marketplace",
  "residential",
  "residential area",
  "neighbourhood",
  "neighborhood",
  "home",
  "house",
  "apartment",
  "apartment block",
  "apartment building",
  "building",
  "shelter",
  "mosque",
  "church",
  "bakery",
  "camp",
  "power plant",
  "power station",
  "energy facility",
  "energy infrastructure",
  "water station",
  "civilian infrastructure",
  "aid convoy",
  "ambulance"
];

// src/themes/list.ts
var THEME_LIST = ["military", "humanitarian", "diplomatic"];

// src/themes/tokens.ts
var Tokens = class _Tokens {
  constructor(text) {
    this.text = text;
  }
  text;
  /** Stemmed, lower-case keys ("strik", "civilian"); acronyms keep a leading "#" ("#un"); numbers "#num". */
  keys = [];
  /**
   * Per token, what `describeKeys`' function said about its key (the theme lexicons' entries), when
   * the tokens come from `tokenize`; empty otherwise.
   */
  infos = [];
  /** Per token STRIDE small integers: start, end (exclusive), sentence, clause, capital (1 or 0). */
  data = [];
  get length() {
    return this.keys.length;
  }
  key(i) {
    return this.keys[i] ?? "";
  }
  /** The word as written (hyphenated words are split into parts). */
  raw(i) {
    if (i < 0 || i >= this.keys.length) return "";
    return this.text.slice(this.data[i * STRIDE], this.data[i * STRIDE + 1]);
  }
  start(i) {
    return i < 0 || i >= this.keys.length ? -1 : this.data[i * STRIDE];
  }
  end(i) {
    return i < 0 || i >= this.keys.length ? -1 : this.data[i * STRIDE + 1];
  }
  /** Sentence index (by . ! ? ; boundaries) of a word. */
  sentence(i) {
    return i < 0 || i >= this.keys.length ? -1 : this.data[i * STRIDE + 2];
  }
  /** Clause index (sentences further cut at , : ( ) and dashes) of a word. */
  clause(i) {
    return i < 0 || i >= this.keys.length ? -1 : this.data[i * STRIDE + 3];
  }
  /** A number written in digits ("820", "1,400", "1.4"). */
  isNumber(i) {
    return this.keys[i] === "#num";
  }
  /** The word starts with a capital letter. */
  isCapital(i) {
    return i >= 0 && i < this.keys.length && this.data[i * STRIDE + 4] === 1;
  }
  /** Start offsets of every word (a copy). */
  get starts() {
    return this.column(0);
  }
  get ends() {
    return this.column(1);
  }
  get sentences() {
    return this.column(2);
  }
  get clauses() {
    return this.column(3);
  }
  get capitals() {
    return this.column(4);
  }
  column(field) {
    const out = [];
    for (let i = 0; i < this.keys.length; i++) out.push(this.data[i * STRIDE + field]);
    return out;
  }
  /** Tokens [from, to) as a list of their own (offsets still into the same text). */
  slice(from, to) {
    const lo = Math.max(0, from);
    const hi = Math.min(to, this.length);
    const out = new _Tokens(this.text);
    for (let i = lo; i < hi; i++) {
      const d = i * STRIDE;
      out.push(
        this.keys[i] ?? "",
        this.data[d],
        this.data[d + 1],
        this.data[d + 2],
        this.data[d + 3],
        this.data[d + 4]
      );
    }
    return out;
  }
  push(key, start, end, sentence, clause, capital) {
    this.data.push(start, end, sentence, clause, capital);
    this.keys.push(key);
  }
};
var STRIDE = 5;
var IRREGULAR2 = /* @__PURE__ */ new Map([
  ["fled", "flee"],
  ["flees", "flee"],
  ["fleeing", "flee"],
  ["fought", "fight"],
  ["struck", "strike"],
  ["took", "take"],
  ["taken", "take"],
  ["fell", "fall"],
  ["fallen", "fall"],
  ["shot", "shoot"],
  ["held", "hold"],
  ["spoke", "speak"],
  ["spoken", "speak"],
  ["said", "say"],
  ["says", "say"],
  ["sent", "send"],
  ["lost", "lose"],
  ["left", "leave"],
  ["hamas", "hamas"],
  ["isis", "isis"],
  ["texas", "texas"],
  ["led", "lead"],
  ["met", "meet"],
  ["sank", "sink"],
  ["sunk", "sink"],
  ["freed", "free"],
  ["agreed", "agree"],
  ["overran", "overrun"],
  ["withdrew", "withdraw"],
  ["withdrawn", "withdraw"],
  ["drove", "drive"],
  ["driven", "drive"],
  ["began", "begin"],
  ["begun", "begin"],
  ["children", "child"],
  ["women", "woman"],
  ["men", "man"],
  ["died", "die"],
  ["dies", "die"],
  ["dying", "die"],
  ["lives", "life"],
  ["bodies", "body"],
  ["casualties", "casualty"],
  ["injuries", "injury"],
  ["militias", "militia"],
  ["sought", "seek"],
  ["caught", "catch"],
  ["brought", "bring"],
  ["hit", "hit"],
  ["shelled", "shell"],
  ["shelling", "shell"],
  ["killed", "kill"],
  ["killing", "kill"],
  ["killings", "kill"],
  ["news", "news"],
  ["ties", "tie"],
  ["talks", "talks"],
  ["forces", "force"],
  ["arms", "arms"],
  ["crises", "crisis"],
  ["analyses", "analysis"],
  ["species", "species"],
  ["series", "series"],
  ["us", "us"],
  ["was", "was"],
  ["has", "has"],
  ["is", "is"],
  ["his", "his"],
  ["this", "this"]
]);
var DOUBLE_END = /([bdfgkmnprt])\1$/;
function stem(word) {
  let w = word.toLowerCase();
  const irregular = IRREGULAR2.get(w);
  if (irregular !== void 0) w = irregular;
  else if (w.length > 3) {
    if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
    else if (w.endsWith("ied") && w.length > 4) w = `${w.slice(0, -3)}y`;
    else if (w.endsWith("ing") && w.length > 5) {
      w = w.slice(0, -3);
      if (DOUBLE_END.test(w)) w = w.slice(0, -1);
    } else if (w.endsWith("ed") && w.length > 4 && !w.endsWith("eed")) {
      w = w.slice(0, -2);
      if (DOUBLE_END.test(w)) w = w.slice(0, -1);
    } else if (/(?:ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
    else if (w.endsWith("s") && !/(?:ss|us|is|ous)$/.test(w)) {
      w = w.slice(0, -1);
      if (w.endsWith("ing") && w.length > 5) {
        w = w.slice(0, -3);
        if (DOUBLE_END.test(w)) w = w.slice(0, -1);
      }
    }
  }
  if (w.length > 3 && w.endsWith("e") && !w.endsWith("ee")) w = w.slice(0, -1);
  return w;
}
var INITIALS = /^(?:\p{Lu}\.){2,}$/u;
var ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,5}$/u;
var DIGITS = /^\d[\d,.]*$/;
var SENTENCE_END = /[.!?;:]["'”’)\]]*$/;
var TABLE_BITS = 16;
var TABLE_SIZE = 1 << TABLE_BITS;
var TABLE_MASK = TABLE_SIZE - 1;
var TABLE_MAX = TABLE_SIZE * 0.6;
var tableHashes = new Int32Array(TABLE_SIZE);
var tableWords = new Array(TABLE_SIZE).fill(void 0);
var tableKeys = new Array(TABLE_SIZE).fill("");
var tableInfos = new Array(TABLE_SIZE).fill(void 0);
var tableCount = 0;
var describe;
var numberInfo;
function describeKeys(fn) {
  describe = fn;
  numberInfo = fn("#num");
  tableWords.fill(void 0);
  tableCount = 0;
}
var hashOf = (text, start, end) => {
  let h = HASH_SEED2;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), HASH_PRIME2);
  return h;
};
var HASH_SEED2 = 2166136261 | 0;
var HASH_PRIME2 = 16777619;
function slotOf(text, start, end, h) {
  const length = end - start;
  let slot = h & TABLE_MASK;
  for (; ; ) {
    const word2 = tableWords[slot];
    if (word2 === void 0) break;
    if (tableHashes[slot] === h && word2.length === length && text.startsWith(word2, start)) return slot;
    slot = slot + 1 & TABLE_MASK;
  }
  const word = text.slice(start, end);
  const key = computeKey(word);
  if (tableCount >= TABLE_MAX) {
    tableWords.fill(void 0);
    tableCount = 0;
    slot = h & TABLE_MASK;
  }
  tableHashes[slot] = h;
  tableWords[slot] = word;
  tableKeys[slot] = key;
  tableInfos[slot] = describe?.(key);
  tableCount++;
  return slot;
}
function keyAt(text, start, end) {
  return tableKeys[slotOf(text, start, end, hashOf(text, start, end))];
}
function wordKey(raw) {
  const first = raw.charCodeAt(0);
  if (first >= 48 && first <= 57 && DIGITS.test(raw)) return "#num";
  return raw.length ? keyAt(raw, 0, raw.length) : computeKey(raw);
}
function computeKey(raw) {
  let key;
  let word = raw;
  if (INITIALS.test(word)) word = word.replaceAll(".", "");
  if (DIGITS.test(word)) key = "#num";
  else if (ACRONYM.test(word)) key = `#${word.toLowerCase()}`;
  else
    key = stem(
      word.replace(/['’]s$/i, "").replace(/['’]/g, "").toLowerCase()
    );
  return key;
}
var CLASS = new Uint8Array(65536);
var LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
for (let c = 0; c < 128; c++) {
  CLASS[c] = c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 ? 1 : 2;
}
function isWordChar(c) {
  let k = CLASS[c];
  if (k === 0) {
    k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
    CLASS[c] = k;
  }
  return k === 1;
}
var isUpperAscii = (c) => c >= 65 && c <= 90;
function tokenize2(text) {
  const tokens = new Tokens(text);
  const n = text.length;
  let sentence = 0;
  let clause = 0;
  let boundary = false;
  let cut = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      if (c === 46 || c === 33 || c === 63 || c === 59) boundary = true;
      else if (c === 44 || c === 58 || c === 40 || c === 41 || c === 8211 || c === 8212) cut = true;
      i++;
      continue;
    }
    const start = i;
    let h = HASH_SEED2;
    if (isUpperAscii(c) && text.charCodeAt(i + 1) === 46 && isUpperAscii(text.charCodeAt(i + 2)) && text.charCodeAt(i + 3) === 46) {
      i += 4;
      while (isUpperAscii(text.charCodeAt(i)) && text.charCodeAt(i + 1) === 46) i += 2;
      h = hashOf(text, start, i);
    } else {
      h = Math.imul(h ^ c, HASH_PRIME2);
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isWordChar(d)) {
          h = Math.imul(h ^ d, HASH_PRIME2);
          i++;
        } else if ((d === 46 || d === 44 || d === 39 || d === 8217) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) {
          h = Math.imul(Math.imul(h ^ d, HASH_PRIME2) ^ text.charCodeAt(i + 1), HASH_PRIME2);
          i += 2;
        } else break;
      }
    }
    if (boundary && tokens.length > 0) sentence++;
    if ((boundary || cut) && tokens.length > 0) clause++;
    boundary = false;
    cut = false;
    let key;
    let info;
    if (c >= 48 && c <= 57 && isNumberAt(text, start, i)) {
      key = "#num";
      info = numberInfo;
    } else {
      const slot = slotOf(text, start, i, h);
      key = tableKeys[slot];
      info = tableInfos[slot];
    }
    let capital = isUpperAscii(c);
    if (!capital && c > 127) {
      const first = String.fromCharCode(c);
      capital = first !== first.toLowerCase();
    }
    tokens.push(key, start, i, sentence, clause, capital ? 1 : 0);
    tokens.infos.push(info);
  }
  return tokens;
}
function isNumberAt(text, start, end) {
  for (let k = start + 1; k < end; k++) {
    const d = text.charCodeAt(k);
    if (!(d >= 48 && d <= 57 || d === 44 || d === 46)) return false;
  }
  return true;
}
function endsSentence(text) {
  return SENTENCE_END.test(text.trimEnd());
}

// src/themes/classify.ts
var whyOf = (c) => typeof c.why === "function" ? c.why() : c.why;
var THRESHOLD = 1;
var compile = (phrase) => ({
  keys: phrase.split(/[\s-]+/).filter(Boolean).map((w) => w.startsWith("#") ? w : wordKey(w)),
  label: phrase.replace(/#/g, "").replace(/^(\w+)$/, (w) => w.length <= 5 && phrase.startsWith("#") ? w.toUpperCase() : w)
});
var INDEX = /* @__PURE__ */ new Map();
var entryCount = 0;
var addEntry = (text, set, value) => {
  const phrase = compile(text);
  const first = phrase.keys[0];
  if (first === void 0) return;
  const list = INDEX.get(first) ?? [];
  list.push({ keys: phrase.keys, label: phrase.label, set, value, num: entryCount++ });
  list.sort((a, b) => b.keys.length - a.keys.length);
  INDEX.set(first, list);
};
var addLex = (theme, entries, vague) => {
  for (const [phrase, weight] of entries) addEntry(phrase, -1, { theme, weight, vague });
};
addLex("military", MILITARY, false);
addLex("humanitarian", HUMANITARIAN, false);
addLex("diplomatic", DIPLOMATIC, false);
for (const theme of THEME_LIST) addLex(theme, VAGUE[theme], true);
var classes = 0;
var wordSet = (words) => {
  const id = classes++;
  for (const w of words) addEntry(w, id);
  return id;
};
var CIVILIANS = wordSet(CIVILIAN_NOUNS);
var COMBATANTS = wordSet(COMBATANT_NOUNS);
var CASUALTIES = wordSet(CASUALTY_WORDS);
var DISTRESS = wordSet(DISTRESS_WORDS);
var DIP_ACTORS = wordSet(DIPLOMATIC_ACTORS);
var UN = wordSet(UN_ACTORS);
var STATES = wordSet(STATE_NAMES);
var DIP_VERBS = wordSet(DIPLOMATIC_VERBS);
var RELATIONS = wordSet(RELATION_VERBS);
var STATE_OBJ = wordSet(STATE_OBJECTS);
var HISTORY = wordSet(HISTORY_CUES);
var META = wordSet(META_CUES);
var APPEAL_OBJECTS = wordSet([
  "all side",
  "all parties",
  "both side",
  "warring",
  "international community",
  "world",
  "actor",
  "countries",
  "state",
  "power",
  "ceasefire",
  "restraint",
  "de escalation",
  "talks",
  "negotiation",
  "dialogue",
  "end",
  "leader",
  "government",
  "ally",
  "partner",
  "countries"
]);
var FLIGHT = wordSet(FLIGHT_WORDS);
var HARM = wordSet(HARM_WORDS);
var OFFICIALS = wordSet(["embassy", "consulate", "diplomat", "staff", "personnel", "ambassador", "envoy"]);
var SITES = wordSet(CIVILIAN_SITES);
var FORCES = wordSet([
  "force",
  "troops",
  "army",
  "military",
  "soldier",
  "jet",
  "warplane",
  "drone",
  "navy"
]);
var TRAVEL = wordSet(["visit", "arrive in", "arrived in", "travel to", "fly to", "flew to", "land in"]);
var CONTROL_VERBS = wordSet([
  "take",
  "retake",
  "lose",
  "storm",
  "regain",
  "liberate",
  "hold",
  "capture",
  "recapture",
  "seize",
  "overrun"
]);
var NOT_PLACES = new Set(
  [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "i"
  ].map((w) => wordKey(w))
);
var LIVES = wordSet(["life"]);
var FALLS = wordSet(["fall"]);
var CAPTIVES = wordSet(["hostage", "prisoner", "detainee", "captive", "remains"]);
var HELD = new Set(["hostage", "captive", "remains"].map((w) => wordKey(w)));
var SWAPS = new Set(["exchange", "swap", "handover", "hand", "return"].map((w) => wordKey(w)));
var EXCHANGES = wordSet([
  "release",
  "free",
  "exchange",
  "swap",
  "handover",
  "hand over",
  "handed over",
  "hand back",
  "return"
]);
var DISASTERS = wordSet([
  "earthquake",
  "quake",
  "storm",
  "cyclone",
  "hurricane",
  "typhoon",
  "tsunami",
  "flood",
  "landslide",
  "aftershock",
  "tremor"
]);
var COMMENTARY = wordSet([
  "implication",
  "emblematic",
  "encapsulate",
  "broader",
  "dichotomy",
  "sentiment",
  "emotion",
  "reflection",
  "narrative",
  "landscape",
  "dynamic",
  "trajectory",
  "uncertain",
  "uncertainty",
  "precarious",
  "precariously",
  "prospect",
  "remains to be seen",
  "the future",
  "symbol",
  "symbolic",
  "complex",
  "complexity",
  "skeptical",
  "sceptical",
  "looming",
  "specter",
  "spectre",
  "underscore",
  "testament"
]);
var GIVING = wordSet([
  "pledge",
  "donate",
  "send",
  "provide",
  "deliver",
  "dispatch",
  "contribute",
  "offer",
  "fly in",
  "flew in",
  "grant"
]);
var ACTOR_MILITARY = wordSet([
  "naval",
  "navy",
  "force",
  "troops",
  "military",
  "army",
  "mission",
  "warship"
]);
var REACTIONS = new Set(
  [
    "condemn",
    "denounce",
    "deplore",
    "urge",
    "call",
    "appeal",
    "demand",
    "press",
    "called on",
    "call for"
  ].map((w) => wordKey(w))
);
var APPEALS = wordSet(["call", "urge", "appeal", "press", "implore"]);
var DEMONYM_KEYS = new Set(DEMONYMS.map((w) => wordKey(w)));
var NONE = [];
describeKeys((key) => INDEX.get(key));
var Scan = class {
  constructor(tokens) {
    this.tokens = tokens;
    const n = tokens.length;
    const keys2 = tokens.keys;
    const infos = tokens.infos.length === n ? tokens.infos : void 0;
    for (let i = 0; i < n; i++) {
      const list = infos ? infos[i] : INDEX.get(keys2[i]);
      if (list === void 0) continue;
      const sentence = tokens.sentence(i);
      for (let e = 0; e < list.length; e++) {
        const entry = list[e];
        const entryKeys = entry.keys;
        const len = entryKeys.length;
        if (len > 1) {
          if (i + len > n) continue;
          let ok = true;
          for (let k = 1; k < len; k++) {
            if (keys2[i + k] !== entryKeys[k] || tokens.sentence(i + k) !== sentence) {
              ok = false;
              break;
            }
          }
          if (!ok) continue;
        }
        const set = entry.set;
        if (set < 0) {
          this.lexAt.push(i);
          this.lexEntry.push(entry);
        } else {
          let starts = this.starts[set];
          if (starts === void 0) {
            starts = [];
            this.starts[set] = starts;
            this.lengths[set] = [];
          }
          if (starts[starts.length - 1] !== i) {
            starts.push(i);
            this.lengths[set].push(len);
          }
        }
      }
    }
  }
  tokens;
  /** Lexicon hits: token index and entry, in text order (longest entry first at one index). */
  lexAt = [];
  lexEntry = [];
  /** Per word class: ascending start positions and the length of the longest phrase there. */
  starts = [];
  lengths = [];
  /** Length of the longest phrase of a class starting at token i, 0 when none. */
  match(set, i) {
    const starts = this.starts[set];
    if (starts === void 0) return 0;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (starts[mid] < i) lo = mid + 1;
      else hi = mid;
    }
    return starts[lo] === i ? this.lengths[set][lo] : 0;
  }
  /** Token indexes where phrases of a class start, in order. */
  positions(set) {
    return this.starts[set] ?? NONE;
  }
};
var STRONG_FLIGHT = new Set(["flee", "escap", "evacuat"].map((w) => wordKey(w)));
var HOME = new Set(["home", "house", "village", "town", "city", "area", "region"].map((w) => wordKey(w)));
var LIFE = wordKey("lives");
var LIFE_VERBS = new Set(["claim", "cost", "lose", "take", "lost", "save"].map((w) => wordKey(w)));
var BODY = wordKey("body");
var HEADS = new Set(["president", "leader", "prime", "chancellor", "pope"].map((w) => wordKey(w)));
var APPEAL = new Set(["call", "urge", "appeal", "press", "implore"].map((w) => wordKey(w)));
var IN_YEAR = wordKey("in");
var ABOUT = /^\s*About [^.:;\n]{1,60}:/;
var AID = new Set(
  "aid assistance relief supplies supply food medicine rescue humanitarian million billion tonnes tons funding fund".split(" ").map((w) => wordKey(w))
);
var ACTIVE = /^(?:kill|kills|killing|shooting|wounding|injuring)$/i;
var MONTHS3 = new Set(
  "january february march april may june july august september october november december".split(" ").map((w) => wordKey(w))
);
var FILLERS = new Set(
  ["the", "of", "back", "over", "city", "town", "full", "control"].map((w) => wordKey(w))
);
var FALL_AUX = new Set(
  ["to", "would", "could", "might", "may", "will", "had", "has", "have", "finally", "quickly", "soon"].map(
    (w) => wordKey(w)
  )
);
var YEAR2 = /^(?:1[89]|20)\d\d$/;
function nearest(tokens, positions, i, window) {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if ((positions[mid] ?? 0) < i - window) lo = mid + 1;
    else hi = mid;
  }
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  const sentence = tokens.sentence(i);
  for (let k = lo; k < positions.length; k++) {
    const p = positions[k] ?? 0;
    if (p > i + window) break;
    const d = Math.abs(p - i);
    if (d === 0 || tokens.sentence(p) !== sentence) continue;
    if (d < bestDistance) {
      best = p;
      bestDistance = d;
    }
  }
  return best;
}
var lazyQuote = (tokens, i, n = 1) => () => quote(tokens, i, n);
var quote = (tokens, i, n = 1) => {
  const words = [];
  for (let k = i; k < i + n && k < tokens.length; k++) words.push(tokens.raw(k));
  return `"${words.join(" ").toLowerCase()}"`;
};
var Factors = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  /** Created on first use: most paragraphs have no factor at all. */
  clauseMap;
  sentenceMap;
  size = 0;
  get clauses() {
    this.clauseMap ??= /* @__PURE__ */ new Map();
    return this.clauseMap;
  }
  get sentences() {
    this.sentenceMap ??= /* @__PURE__ */ new Map();
    return this.sentenceMap;
  }
  /** Sets a factor (the lowest wins when `lower`; else replaces). */
  set(map, at, factor) {
    map.set(at, factor);
    this.size = (this.clauseMap?.size ?? 0) + (this.sentenceMap?.size ?? 0);
  }
  at(i) {
    if (this.size === 0 || i < 0 || i >= this.tokens.length) return 1;
    return Math.min(
      this.sentenceMap?.get(this.tokens.sentence(i))?.factor ?? 1,
      this.clauseMap?.get(this.tokens.clause(i))?.factor ?? 1
    );
  }
  notes() {
    return [...this.sentenceMap?.values() ?? [], ...this.clauseMap?.values() ?? []];
  }
};
function halve(factors, map, at, why) {
  if ((map.get(at)?.factor ?? 1) > 0.5) factors.set(map, at, { factor: 0.5, why });
}
function sentenceFactors(scan) {
  const { tokens } = scan;
  const factors = new Factors(tokens);
  for (const i of scan.positions(HISTORY)) {
    halve(factors, factors.sentences, tokens.sentence(i), () => `background ${quote(tokens, i)}`);
  }
  const keys2 = tokens.keys;
  for (let i = 1; i < keys2.length; i++) {
    if (keys2[i] !== "#num") continue;
    const before = MONTHS3.has(tokens.key(i - 1)) && i > 1 ? i - 2 : i - 1;
    if (tokens.key(before) === IN_YEAR && tokens.clause(before) === tokens.clause(i)) {
      const raw = tokens.raw(i);
      if (YEAR2.test(raw)) halve(factors, factors.clauses, tokens.clause(i), () => `background "in ${raw}"`);
    }
  }
  const commentary = scan.positions(COMMENTARY);
  if (commentary.length >= 3 && new Set(commentary.map((i) => tokens.key(i))).size >= 3) {
    let figures = false;
    for (let i = 0; i < tokens.length && !figures; i++) {
      if (tokens.isNumber(i) && !YEAR2.test(tokens.raw(i))) figures = true;
    }
    if (!figures) {
      const first = commentary[0] ?? 0;
      for (let s = 0; s <= tokens.sentence(tokens.length - 1); s++) {
        halve(
          factors,
          factors.sentences,
          s,
          () => `commentary ${quote(tokens, first, scan.match(COMMENTARY, first))}`
        );
      }
    }
  }
  if (ABOUT.test(tokens.text)) {
    factors.set(factors.sentences, 0, { factor: 0, why: () => `meta remark ${quote(tokens, 0, 2)}` });
  }
  for (const i of scan.positions(META)) {
    factors.set(factors.sentences, tokens.sentence(i), {
      factor: 0,
      why: () => `meta remark ${quote(tokens, i, scan.match(META, i))}`
    });
  }
  return factors;
}
var THEME_BIT = { military: 1, humanitarian: 2, diplomatic: 4 };
var CASUALTY_RULES = /* @__PURE__ */ new Set(["cas-civ", "cas-any", "cas-mix", "cas-com"]);
var STRIKES = new Set(["strike", "hit"].map((w) => wordKey(w)));
function analyseText(text, tokens = tokenize2(text)) {
  const scan = new Scan(tokens);
  const factors = sentenceFactors(scan);
  const hits = [];
  const load = [];
  let coverStart = -1;
  let coverEnd = -1;
  let coverThemes = 0;
  const disasters = scan.positions(DISASTERS);
  for (let h = 0; h < scan.lexAt.length; h++) {
    const i = scan.lexAt[h];
    const entry = scan.lexEntry[h];
    const value = entry.value;
    if (!value) continue;
    const end = i + entry.keys.length - 1;
    const bit = THEME_BIT[value.theme];
    if (end <= coverEnd && !(i === coverStart && end === coverEnd && (coverThemes & bit) === 0)) continue;
    if (end > coverEnd) {
      coverStart = i;
      coverEnd = end;
      coverThemes = 0;
    }
    coverThemes |= bit;
    if (value.theme === "military" && STRIKES.has(entry.keys[0] ?? "") && entry.keys.length === 1) {
      if (nearest(tokens, disasters, i, 4) >= 0) continue;
    }
    if (!value.vague && value.theme !== "diplomatic") {
      const s = tokens.sentence(i);
      load[s] = (load[s] ?? 0) + value.weight;
    }
    const weight = value.weight * factors.at(i);
    if (weight > 0)
      hits.push({ theme: value.theme, weight, at: i, id: entry, vague: value.vague, why: entry.label });
  }
  const spans = [];
  applyRules(
    scan,
    (i) => factors.at(i),
    (theme, weight, why, id, at) => {
      if (weight > 0) hits.push({ theme, weight, at, id, vague: false, why });
    },
    (s) => load[s] ?? 0,
    spans
  );
  const notes = factors.size === 0 ? [] : factors.notes();
  for (const span of spans) {
    let used = false;
    for (const hit of hits) {
      if (hit.at >= span.from && hit.at < span.to && span.themes.includes(hit.theme) && (!span.ids || typeof hit.id === "string" && span.ids.has(hit.id))) {
        hit.weight *= span.factor;
        used = true;
      }
    }
    if (used) notes.push({ factor: span.factor, why: span.why });
  }
  return { tokens, hits, notes };
}
function sumThemes(analysis, from = 0, to = Number.POSITIVE_INFINITY, explain = true) {
  const best = /* @__PURE__ */ new Map();
  for (const hit of analysis.hits) {
    if (hit.at < from || hit.at >= to) continue;
    const prev = best.get(hit.id);
    if (!prev || prev.weight < hit.weight) best.set(hit.id, hit);
  }
  const contributions = [];
  const vague = {
    military: { sum: 0, words: [] },
    humanitarian: { sum: 0, words: [] },
    diplomatic: { sum: 0, words: [] }
  };
  for (const hit of best.values()) {
    if (hit.vague) {
      vague[hit.theme].sum += hit.weight;
      vague[hit.theme].words.push(String(hit.why));
    } else if (typeof hit.why === "string") {
      const label = hit.why;
      contributions.push({ theme: hit.theme, weight: hit.weight, why: explain ? `"${label}"` : label });
    } else {
      contributions.push({ theme: hit.theme, weight: hit.weight, why: hit.why });
    }
  }
  for (const theme of THEME_LIST) {
    const v = vague[theme];
    if (v.sum > 0) {
      contributions.push({
        theme,
        weight: Math.min(VAGUE_CAP, v.sum),
        why: () => `vague words ${v.words.map((w) => `"${w}"`).join(", ")} (capped)`
      });
    }
  }
  if (explain) {
    for (const { factor, why } of analysis.notes) {
      for (const theme of THEME_LIST)
        contributions.push({ theme, weight: 0, why: () => `${why()} (\xD7${factor})` });
    }
  }
  const scores = { military: 0, humanitarian: 0, diplomatic: 0 };
  for (const c of contributions) scores[c.theme] += c.weight;
  return { scores, contributions };
}
var HIT_FIELDS = 4;
var THEME_CODE = { military: 0, humanitarian: 1, diplomatic: 2 };
var RULE_NUMBERS = /* @__PURE__ */ new Map();
var idNumber = (id) => {
  if (typeof id !== "string") return id.num;
  let n = RULE_NUMBERS.get(id);
  if (n === void 0) {
    n = entryCount + RULE_NUMBERS.size;
    RULE_NUMBERS.set(id, n);
  }
  return n;
};
function packAnalysis(analysis) {
  const hits = [];
  for (const hit of analysis.hits) {
    hits.push(hit.at, hit.weight, THEME_CODE[hit.theme] * 2 + (hit.vague ? 1 : 0), idNumber(hit.id));
  }
  analysis.tokens.infos.length = 0;
  return { tokens: analysis.tokens, hits };
}
function scoreRange(analysis, from = 0, to = Number.POSITIVE_INFINITY) {
  const hits = analysis.hits;
  const ids = [];
  const weights = [];
  const codes = [];
  for (let h = 0; h < hits.length; h += HIT_FIELDS) {
    const at = hits[h];
    if (at < from || at >= to) continue;
    const weight = hits[h + 1];
    const id = hits[h + 3];
    const k = ids.indexOf(id);
    if (k < 0) {
      ids.push(id);
      weights.push(weight);
      codes.push(hits[h + 2]);
    } else if (weights[k] < weight) weights[k] = weight;
  }
  const sums = [0, 0, 0, 0, 0, 0];
  for (let j = 0; j < ids.length; j++) {
    const code = codes[j];
    sums[code] = sums[code] + weights[j];
  }
  return {
    military: sums[0] + Math.min(VAGUE_CAP, sums[1]),
    humanitarian: sums[2] + Math.min(VAGUE_CAP, sums[3]),
    diplomatic: sums[4] + Math.min(VAGUE_CAP, sums[5])
  };
}
function scoreThemes(text, tokens = tokenize2(text), explain = true) {
  return sumThemes(analyseText(text, tokens), 0, Number.POSITIVE_INFINITY, explain);
}
function withPeoples(scan, civilians) {
  const { tokens } = scan;
  const extra = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens.isCapital(i) || !DEMONYM_KEYS.has(tokens.key(i))) continue;
    const raw = tokens.raw(i);
    if (raw.length > 4 && raw.endsWith("s")) extra.push(i);
  }
  return extra.length ? [...civilians, ...extra].sort((a, b) => a - b) : civilians;
}
function namedSubject(tokens, i) {
  const sentence = tokens.sentence(i);
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (tokens.sentence(k) !== sentence) return false;
    const key = tokens.key(k);
    if (LEADERS.has(key)) return true;
    if (tokens.isCapital(k) && !tokens.isNumber(k) && !key.startsWith("#") && !DEMONYM_KEYS.has(key)) {
      const first = k === 0 || tokens.sentence(k - 1) !== sentence;
      return !first || !NOT_SUBJECTS.has(key);
    }
  }
  return false;
}
var LEADERS = new Set(
  "president leader minister king emir ruler dictator commander general official chief".split(" ").map((w) => wordKey(w))
);
var NOT_SUBJECTS = new Set(
  "thousands hundreds dozens scores tens millions many some most they we people the crowds others all several those these nearly about around more almost over at an estimated half families".split(" ").map((w) => wordKey(w))
);
function sentenceEnd(tokens, i, max) {
  const s = tokens.sentence(i);
  let k = i + 1;
  while (k < tokens.length && k <= i + max && tokens.sentence(k) === s) k++;
  return k;
}
function applyRules(scan, factorAt, add2, loadOf, spans) {
  const { tokens } = scan;
  const civilians = withPeoples(scan, scan.positions(CIVILIANS));
  const combatants = scan.positions(COMBATANTS);
  const captives = scan.positions(CAPTIVES);
  const exchanges = scan.positions(EXCHANGES);
  let exchange = false;
  for (const i of exchanges) {
    const f = factorAt(i);
    const captive = nearest(tokens, captives, i + scan.match(EXCHANGES, i) - 1, 6);
    if (f === 0 || captive < 0) continue;
    if (!HELD.has(tokens.key(captive)) && !SWAPS.has(tokens.key(i))) continue;
    exchange = true;
    add2(
      "diplomatic",
      1 * f,
      () => `rule exchange of captives: ${quote(tokens, i)} \u2026 ${quote(tokens, captive)}`,
      "exchange",
      i
    );
  }
  const casualties = [...scan.positions(CASUALTIES), ...scan.positions(LIVES)].sort((a, b) => a - b);
  for (const i of casualties) {
    const f = factorAt(i);
    if (f === 0) continue;
    const key = tokens.key(i);
    if (key === BODY && tokens.raw(i).toLowerCase() !== "bodies") continue;
    if (exchange && nearest(tokens, captives, i, 3) >= 0) continue;
    if (key === LIFE) {
      let claimed = false;
      for (let k = Math.max(0, i - 5); k < i; k++) if (LIFE_VERBS.has(tokens.key(k))) claimed = true;
      if (!claimed) continue;
    }
    let civ = -1;
    let object = false;
    if (ACTIVE.test(tokens.raw(i))) {
      const after = nearest(tokens, civilians, i, 6);
      if (after > i) {
        civ = after;
        object = true;
      }
    }
    if (civ < 0) civ = nearest(tokens, civilians, i, 7);
    const com = nearest(tokens, combatants, i, 7);
    const word = lazyQuote(tokens, i);
    if (civ >= 0 && (object || com < 0 || Math.abs(civ - i) <= Math.abs(com - i))) {
      add2(
        "humanitarian",
        1.2 * f,
        () => `rule casualties of civilians: ${word()} \u2026 ${quote(tokens, civ)}`,
        "cas-civ",
        i
      );
      if (com >= 0)
        add2("military", 0.5 * f, () => `rule casualties near fighters: ${quote(tokens, com)}`, "cas-mix", i);
    } else if (com >= 0) {
      add2(
        "military",
        1.2 * f,
        () => `rule casualties of fighters: ${word()} \u2026 ${quote(tokens, com)}`,
        "cas-com",
        i
      );
    } else {
      add2("humanitarian", 1 * f, () => `rule casualties (victims unspecified): ${word()}`, "cas-any", i);
    }
  }
  for (const i of scan.positions(FLIGHT)) {
    const f = factorAt(i);
    if (f === 0) continue;
    const strong = STRONG_FLIGHT.has(tokens.key(i));
    if (nearest(tokens, scan.positions(OFFICIALS), i, 8) >= 0) continue;
    const civ = nearest(tokens, civilians, i, 6);
    const com = nearest(tokens, combatants, i, 5);
    const home = HOME.has(tokens.key(i + 1)) && tokens.sentence(i + 1) === tokens.sentence(i);
    const word = lazyQuote(tokens, i);
    if (com >= 0 && (civ < 0 || Math.abs(com - i) < Math.abs(civ - i))) {
      add2(
        "military",
        (strong ? 1 : 0.6) * f,
        () => `rule fighters ${word()}: ${quote(tokens, com)}`,
        "flee-com",
        i
      );
    } else if (civ < 0 && namedSubject(tokens, i)) {
    } else if (strong) {
      add2(
        "humanitarian",
        1.2 * f,
        () => `rule people ${word()}${civ >= 0 ? `: ${quote(tokens, civ)}` : ""}`,
        "flee",
        i
      );
      spans.push({
        from: i + 1,
        to: sentenceEnd(tokens, i, 5),
        themes: ["military"],
        factor: 0.5,
        why: () => `what people ${word()} (military)`
      });
    } else if (civ >= 0 || home) {
      add2(
        "humanitarian",
        1 * f,
        () => `rule people ${word()} ${civ >= 0 ? quote(tokens, civ) : "home"}`,
        "leave",
        i
      );
    }
  }
  for (const i of scan.positions(CONTROL_VERBS)) {
    const f = factorAt(i);
    if (f === 0) continue;
    for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
      if (tokens.sentence(k) !== tokens.sentence(i)) break;
      const key = tokens.key(k);
      if (!tokens.isCapital(k) && !FILLERS.has(key)) break;
      if (tokens.isCapital(k) && !tokens.isNumber(k) && !NOT_PLACES.has(key) && !key.startsWith("#")) {
        add2(
          "military",
          1 * f,
          () => `rule place changes hands: ${quote(tokens, i)} ${quote(tokens, k)}`,
          "control",
          i
        );
        break;
      }
    }
  }
  for (const i of scan.positions(FALLS)) {
    const f = factorAt(i);
    if (f === 0) continue;
    const k = FALL_AUX.has(tokens.key(i - 1)) ? i - 2 : i - 1;
    if (k < 1 || tokens.sentence(k) !== tokens.sentence(i) || tokens.sentence(k - 1) !== tokens.sentence(k))
      continue;
    const key = tokens.key(k);
    if (tokens.isCapital(k) && !tokens.isNumber(k) && !NOT_PLACES.has(key) && !key.startsWith("#")) {
      add2("military", 1 * f, () => `rule place falls: ${quote(tokens, k)} ${quote(tokens, i)}`, "falls", i);
    }
  }
  const sites = scan.positions(SITES);
  for (const i of scan.positions(HARM)) {
    const f = factorAt(i);
    if (f === 0) continue;
    const civ = nearest(tokens, civilians, i, 4);
    const site = nearest(tokens, sites, i, 4);
    const near = civ >= 0 ? civ : site;
    if (near >= 0) {
      add2(
        "humanitarian",
        1 * f,
        () => `rule attack on civilians: ${quote(tokens, i)} \u2026 ${quote(tokens, near)}`,
        "harm",
        i
      );
    }
  }
  for (const i of scan.positions(FORCES)) {
    const f = factorAt(i);
    if (f === 0 || i === 0 || !DEMONYM_KEYS.has(tokens.key(i - 1)) || tokens.sentence(i - 1) !== tokens.sentence(i))
      continue;
    add2("military", 1 * f, () => `rule a state's forces: ${quote(tokens, i - 1, 2)}`, "forces", i);
  }
  for (const i of scan.positions(DISTRESS)) {
    const f = factorAt(i);
    if (f === 0) continue;
    const civ = nearest(tokens, civilians, i, 8);
    if (civ >= 0) {
      add2(
        "humanitarian",
        1 * f,
        () => `rule civilians in distress: ${quote(tokens, i)} \u2026 ${quote(tokens, civ)}`,
        "distress",
        i
      );
    }
  }
  diplomaticRules(scan, factorAt, add2, loadOf, spans);
}
function reaction(tokens, spans, verb, who) {
  if (!REACTIONS.has(tokens.key(verb))) return;
  const to = sentenceEnd(tokens, verb, 20);
  const why = () => `object of a reaction: ${who()} \u2026 ${quote(tokens, verb)}`;
  spans.push({ from: verb + 1, to, themes: ["military"], factor: 0.5, why });
  spans.push({ from: verb + 1, to, themes: ["humanitarian"], ids: CASUALTY_RULES, factor: 0.5, why });
}
function diplomaticRules(scan, factorAt, add2, loadOf, spans) {
  const { tokens } = scan;
  const verbs = scan.positions(DIP_VERBS);
  const relations = scan.positions(RELATIONS);
  for (const i of scan.positions(APPEALS)) {
    const f = factorAt(i);
    if (f === 0) continue;
    for (let k = i + 1; k <= i + 6 && k < tokens.length; k++) {
      if (tokens.sentence(k) !== tokens.sentence(i)) break;
      if (scan.match(APPEAL_OBJECTS, k) > 0) {
        add2(
          "diplomatic",
          0.6 * f,
          () => `rule appeal ${quote(tokens, i)} \u2026 ${quote(tokens, k, scan.match(APPEAL_OBJECTS, k))}`,
          "appeal",
          i
        );
        break;
      }
    }
  }
  for (const i of scan.positions(TRAVEL)) {
    const f = factorAt(i);
    if (f === 0) continue;
    const end = i + scan.match(TRAVEL, i);
    for (let k = end; k <= end + 1 && k < tokens.length; k++) {
      if (tokens.sentence(k) !== tokens.sentence(i)) break;
      if (scan.match(STATES, k) > 0 || tokens.isCapital(k) && scan.match(DIP_ACTORS, k) > 0) {
        add2("diplomatic", 0.6 * f, () => `rule visit: ${quote(tokens, i)} ${quote(tokens, k)}`, "visit", i);
        break;
      }
    }
  }
  const speakers = [
    .../* @__PURE__ */ new Set([...scan.positions(DIP_ACTORS), ...scan.positions(UN), ...scan.positions(STATES)])
  ].sort((a, b) => a - b);
  for (const i of speakers) {
    const f = factorAt(i);
    if (f === 0) continue;
    const actorLength = scan.match(DIP_ACTORS, i);
    const unLength = actorLength ? 0 : scan.match(UN, i);
    const stateLength = actorLength || unLength ? 0 : scan.match(STATES, i);
    if (!actorLength && !unLength && !stateLength) continue;
    const length = actorLength || unLength || stateLength;
    const actor = lazyQuote(tokens, i, length);
    const verb = nearest(tokens, verbs, i + length - 1, 8);
    if (scan.match(ACTOR_MILITARY, i + length) > 0 || scan.match(ACTOR_MILITARY, i + length + 1) > 0)
      continue;
    if (actorLength) {
      const head = HEADS.has(tokens.key(i));
      if (verb >= 0) {
        const foreign = head && (DEMONYM_KEYS.has(tokens.key(i - 1)) || scan.match(STATES, i - 1) > 0);
        let body = -1;
        if (head && verb > i) {
          for (let k = verb + 1; k <= verb + 6 && k < tokens.length; k++) {
            if (tokens.sentence(k) !== tokens.sentence(verb)) break;
            if (scan.match(UN, k) > 0 || scan.match(DIP_ACTORS, k) > 0 && !HEADS.has(tokens.key(k))) {
              body = k;
              break;
            }
          }
        }
        const weight = head ? body >= 0 ? 1 : foreign ? 0.8 : 0.6 : 1.2;
        const who = head ? body >= 0 ? "leader addresses an international body" : foreign ? "foreign leader" : "leader" : "international actor";
        add2(
          "diplomatic",
          weight * f,
          () => `rule ${who} speaks: ${actor()} \u2026 ${quote(tokens, verb)}${body >= 0 ? ` \u2026 ${quote(tokens, body)}` : ""}`,
          head ? "head" : "actor",
          i
        );
        if (verb > i) reaction(tokens, spans, verb, actor);
      }
      continue;
    }
    if (unLength) {
      if (verb > i) reaction(tokens, spans, verb, actor);
      if (verb >= 0) {
        const appeal = APPEAL.has(tokens.key(verb));
        add2(
          "diplomatic",
          (appeal ? 1 : 0.6) * f,
          () => `rule UN ${appeal ? "appeals" : "speaks"}: ${actor()} \u2026 ${quote(tokens, verb)}`,
          appeal ? "un-appeal" : "un",
          i
        );
      }
      continue;
    }
    for (const g of scan.positions(GIVING)) {
      if (g <= i || g > i + length + 12) continue;
      if (tokens.sentence(g) !== tokens.sentence(i)) break;
      let aid = -1;
      for (let k = g + 1; k <= g + 10 && k < tokens.length && tokens.sentence(k) === tokens.sentence(g); k++) {
        if (AID.has(tokens.key(k)) || tokens.raw(k) === "$") {
          aid = k;
          break;
        }
      }
      if (aid < 0) continue;
      add2(
        "diplomatic",
        1 * f,
        () => `rule state gives aid: ${actor()} \u2026 ${quote(tokens, g)} \u2026 ${quote(tokens, aid)}`,
        "donor",
        i
      );
      break;
    }
    const rel = nearest(tokens, relations, i + length - 1, 14);
    if (rel > i) {
      for (let k = rel + 1; k <= rel + 9 && k < tokens.length; k++) {
        if (tokens.sentence(k) !== tokens.sentence(i)) break;
        if (scan.match(STATE_OBJ, k) > 0 || k !== i && scan.match(STATES, k) > 0) {
          add2(
            "diplomatic",
            1 * f,
            () => `rule state toward state: ${actor()} \u2026 ${quote(tokens, rel)} \u2026 ${quote(tokens, k)}`,
            "relation",
            i
          );
          break;
        }
      }
    }
    let other = false;
    for (let k = i + length; k < verb && !other; k++) {
      other = scan.match(UN, k) > 0 || scan.match(DIP_ACTORS, k) > 0 && !HEADS.has(tokens.key(k));
    }
    if (verb > i && !other) {
      reaction(tokens, spans, verb, actor);
      const political = loadOf(tokens.sentence(i)) < 1;
      add2(
        "diplomatic",
        (political ? 1 : 0.5) * f,
        () => `rule state speaks${political ? "" : " (about fighting)"}: ${actor()} \u2026 ${quote(tokens, verb)}`,
        "state",
        i
      );
    }
  }
}
var ANALYSIS = /* @__PURE__ */ Symbol("analysis");
function paragraphAnalysis(text, themes) {
  const kept = themes?.[ANALYSIS];
  if (kept && kept.tokens.text === text) return kept;
  return packAnalysis(analyseText(text));
}
function classifyParagraph(text) {
  const input = typeof text === "string" ? text : String(text ?? "");
  const analysis = packAnalysis(analyseText(input));
  const result = classify(input, analysis);
  Object.defineProperty(result.themes, ANALYSIS, { value: analysis });
  return result;
}
var ReasonTexts = class {
  constructor(text) {
    this.text = text;
  }
  text;
  texts;
  get(theme) {
    if (!this.texts) {
      this.texts = /* @__PURE__ */ new Map();
      const { scores, contributions } = sumThemes(analyseText(this.text));
      for (const t of THEME_LIST) {
        const lines = byWeight(contributions, t).map(
          (c) => c.weight > 0 ? `${whyOf(c)} +${round(c.weight)}` : whyOf(c)
        );
        lines.push(`score ${round(scores[t])} \u2265 ${THRESHOLD}`);
        this.texts.set(t, lines.join("; "));
      }
    }
    return this.texts.get(theme) ?? "";
  }
};
var Reason = class {
  constructor(theme, texts) {
    this.theme = theme;
    this.texts = texts;
  }
  theme;
  texts;
  get why() {
    return this.texts.get(this.theme);
  }
  toJSON() {
    return { theme: this.theme, why: this.why };
  }
};
var byWeight = (contributions, theme) => contributions.filter((c) => c.theme === theme).sort((a, b) => b.weight - a.weight);
function classify(text, analysis) {
  const scores = scoreRange(analysis);
  const themes = [];
  for (const t of THEME_LIST) if (scores[t] >= THRESHOLD) themes.push(t);
  const reasons = [];
  if (themes.length) {
    const texts = new ReasonTexts(text);
    for (const theme of themes) reasons.push(new Reason(theme, texts));
  }
  return { themes, reasons };
}
var round = (n) => Math.round(n * 100) / 100;

// src/sections/dedupe.ts
var STOP2 = new Set(
  "a an the and or but nor of to in on at by for from with without into onto over under about above below as is are was were be been being has have had do does did will would shall should can could may might must it its it's this that these those there their they them he him his she her we our you your i me my who whom which what when where why how than then so such not no yes also just only very more most less least much many some any all each every both either neither other another same own said say says according after before while during since until again further once here now up down out off near amid among against between through".split(" ").flatMap((w) => [w, tokenize2(w).key(0) || w])
);
var YEAR3 = /^(?:1[89]|20)\d\d$/;
function fingerprint(text, tokens = tokenize2(text), from = 0, to = tokens.length) {
  const words = /* @__PURE__ */ new Set();
  const numbers = /* @__PURE__ */ new Set();
  const names = /* @__PURE__ */ new Set();
  for (let i = from; i < to; i++) {
    if (tokens.isNumber(i)) {
      const digits = tokens.raw(i).replace(/,/g, "");
      if (YEAR3.test(digits)) {
        words.add(`y${digits}`);
        continue;
      }
      const key2 = `n${digits}`;
      words.add(key2);
      if (Number(digits) >= 10) numbers.add(key2);
      continue;
    }
    const key = tokens.key(i);
    if (key.length < 3 && !key.startsWith("#")) continue;
    if (STOP2.has(key)) continue;
    words.add(key);
    if (i > from && tokens.isCapital(i)) names.add(key);
  }
  return { words, numbers, names };
}
function jaccard(a, b) {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}
function sameStatement(a, b) {
  const j = jaccard(a.words, b.words);
  if (j >= 0.45) return true;
  if (j >= 0.35) {
    for (const n of a.names) if (b.names.has(n)) return true;
  }
  let shared = 0;
  let bigNumber = false;
  for (const n of a.numbers) {
    if (b.numbers.has(n)) {
      shared++;
      if (n.replace(/\D/g, "").length >= 3) bigNumber = true;
    }
  }
  if (shared === 0) return false;
  if (j >= 0.2) return true;
  if (!bigNumber) return false;
  let common = 0;
  for (const w of a.words) if (b.words.has(w) && !/^[ny]\d/.test(w)) common++;
  return common >= 1;
}
var HASHES = 16;
var ROWS = 2;
var BANDS = HASHES / ROWS;
var SEEDS_A = Uint32Array.from({ length: HASHES }, (_, i) => (Math.imul(i + 1, 2654435761) | 1) >>> 0);
var SEEDS_B = Uint32Array.from({ length: HASHES }, (_, i) => Math.imul(i + 7, 2246822507) >>> 0);
var BUCKET_CAP = 48;
function hashString(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}
function signature(words, sig) {
  sig.fill(4294967295);
  for (const w of words) {
    const h = hashString(w);
    for (let i = 0; i < HASHES; i++) {
      const v = Math.imul(h, SEEDS_A[i]) + SEEDS_B[i] >>> 0;
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}
function clusterNearDuplicates(items) {
  const parent = items.map((_, i) => i);
  const root = (i) => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    let x = i;
    while (parent[x] !== r) {
      const next = parent[x] ?? r;
      parent[x] = r;
      x = next;
    }
    return r;
  };
  const union = (a, b) => {
    const ra = root(a);
    const rb = root(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const bands = Array.from({ length: BANDS }, () => /* @__PURE__ */ new Map());
  const numberBuckets = /* @__PURE__ */ new Map();
  const sig = new Uint32Array(HASHES);
  let checked = /* @__PURE__ */ new Set();
  const place = (buckets, key, i) => {
    const members = buckets.get(key);
    if (!members) {
      buckets.set(key, [i]);
      return;
    }
    let joined = false;
    for (const j of members) {
      const ri = root(i);
      const rj = root(j);
      if (ri === rj) {
        joined = true;
        continue;
      }
      if (checked.has(rj)) continue;
      checked.add(rj);
      const a = items[i];
      const b = items[j];
      const ra = items[ri];
      const rb = items[rj];
      if (a && b && ra && rb && sameStatement(a, b) && (ra === a && rb === b ? true : sameStatement(ra, rb))) {
        union(i, j);
        joined = true;
      }
    }
    if (!joined && members.length < BUCKET_CAP) members.push(i);
  };
  items.forEach((item, i) => {
    if (item.words.size === 0) return;
    checked = /* @__PURE__ */ new Set();
    signature(item.words, sig);
    for (let band = 0; band < BANDS; band++) {
      let key = 0;
      for (let r = 0; r < ROWS; r++) key = Math.imul(key ^ sig[band * ROWS + r], 2654435761);
      place(bands[band], key | 0, i);
    }
    for (const n of item.numbers) place(numberBuckets, n, i);
  });
  return items.map((_, i) => root(i));
}

// src/sections/informative.ts
var YEAR4 = /^(?:1[89]|20)\d\d$/;
var keys = (words) => new Set(words.map((w) => wordKey(w)));
var NUMBER_WORDS = keys(
  "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred hundreds thousand thousands million millions billion dozen dozens half".split(
    " "
  )
);
var DATE_WORDS = keys(
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december yesterday overnight today tonight weekend".split(" ").filter((w) => w !== "may")
);
var HEDGES = keys(
  "could might may would potentially possibly perhaps seems seem appears appear uncertain uncertainty remains implications broader future hope hopes emblematic reminiscent complex complexity tide dynamics landscape trajectory".split(
    " "
  )
);
var DANGLING = /^\s*(?:This|These|Those|That|It|Its|They|Their|He|She|His|Her|Such|The latter|The former)\b/;
var FIRST_PERSON = /(?:^|[\s“"])(?:I|we|We|us|our|Our|my|My)\b/;
var CAPITAL_STOP = keys(
  "The A An In On At As But And It Its This That These Those He She They We I If When While After Before Since Despite However Meanwhile Moreover According Some Many Others One Another Several Recent Recently Last Earlier Later".split(
    " "
  )
);
function informativeness(sentence, year, tokens = tokenize2(sentence), from = 0, to = tokens.length) {
  let numbers = 0;
  let names = 0;
  let dates = 0;
  let hedges = 0;
  let background = false;
  for (let i = from; i < to; i++) {
    if (tokens.isNumber(i)) {
      const digits = tokens.raw(i).replace(/,/g, "");
      if (YEAR4.test(digits)) {
        if (year === void 0 || Number(digits) < year) background = true;
        else dates++;
      } else numbers++;
      continue;
    }
    const key = tokens.key(i);
    if (NUMBER_WORDS.has(key)) numbers += 0.5;
    if (DATE_WORDS.has(key)) dates++;
    if (HEDGES.has(key)) hedges++;
    if (i > from && tokens.isCapital(i) && !CAPITAL_STOP.has(key)) names++;
  }
  const words = to - from;
  let score = Math.min(numbers, 3) * 1.2 + Math.min(names, 5) * 0.4 + Math.min(dates, 2) * 0.6;
  score -= Math.min(hedges, 4) * 0.5;
  if (background) score -= 1.5;
  if (FIRST_PERSON.test(sentence) || /^["“]/.test(sentence.trim())) score -= 1.5;
  if (DANGLING.test(sentence)) score -= 1;
  if (words < 8) score -= 1.5;
  else if (words > 45) score -= 1;
  return { score, words, background };
}

// src/sections/build.ts
var MIN_WORDS = 6;
var MAX_WORDS = 70;
var SENTENCE_SHARE = 0.6;
function yearOf(articles2) {
  let max;
  for (const a of articles2) {
    const y = Number(a.published?.slice(0, 4));
    if (Number.isInteger(y) && y > 1900 && (max === void 0 || y > max)) max = y;
  }
  return max;
}
function firstTokenAt(tokens, offset) {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (tokens.start(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
var STARTS_SENTENCE = /^[\p{Lu}\d"“‘']/u;
var sameThemes = (a, b) => a.length === b.length && a.every((t, i) => b[i] === t);
function paragraphSentences(text, paragraphThemes, year, seen) {
  let sentences;
  try {
    sentences = splitSentences(text);
  } catch {
    sentences = [text];
  }
  const out = [];
  let analysis;
  let cursor = 0;
  for (let k = 0; k < sentences.length; k++) {
    const sentence = sentences[k].trim();
    const offset = text.indexOf(sentence, cursor);
    if (offset >= 0) cursor = offset + sentence.length;
    if (!endsSentence(sentence) || !STARTS_SENTENCE.test(sentence)) continue;
    let memo = seen.get(sentence);
    if (memo === void 0) {
      let tokens;
      let from = 0;
      let to;
      let scores2;
      if (offset >= 0) {
        analysis ??= paragraphAnalysis(text, paragraphThemes);
        tokens = analysis.tokens;
        from = firstTokenAt(tokens, offset);
        to = firstTokenAt(tokens, offset + sentence.length);
        scores2 = scoreRange(analysis, from, to);
      } else {
        tokens = tokenize2(sentence);
        to = tokens.length;
        scores2 = scoreThemes(sentence, tokens, false).scores;
      }
      const count = to - from;
      memo = count < MIN_WORDS || count > MAX_WORDS ? null : {
        scores: scores2,
        info: informativeness(sentence, year, tokens, from, to),
        print: fingerprint(sentence, tokens, from, to)
      };
      seen.set(sentence, memo);
    }
    if (memo === null) continue;
    const scores = memo.scores;
    const themes = paragraphThemes.filter((t) => scores[t] >= SENTENCE_SHARE);
    for (const t of THEME_LIST) if (scores[t] >= THRESHOLD && !themes.includes(t)) themes.push(t);
    if (themes.length) out.push({ text: sentence, memo, themes });
  }
  return out;
}
function candidates(articles2, year) {
  const out = [];
  const seen = /* @__PURE__ */ new Map();
  const paragraphs = /* @__PURE__ */ new Map();
  for (const article of articles2) {
    const list = article.paragraphs;
    for (let index = 0; index < list.length; index++) {
      const paragraph = list[index];
      if (!paragraph?.themes.length) continue;
      const text = paragraph.text;
      let kept = paragraphs.get(text);
      if (!kept || !sameThemes(kept.themes, paragraph.themes)) {
        kept = {
          themes: paragraph.themes,
          sentences: paragraphSentences(text, paragraph.themes, year, seen)
        };
        paragraphs.set(text, kept);
      }
      const lead = index === 0 ? 0.5 : index === 1 ? 0.25 : 0;
      for (const { text: sentence, memo, themes } of kept.sentences) {
        out.push({
          text: sentence,
          article: article.id,
          paragraph: index,
          scores: memo.scores,
          themes,
          info: memo.info.score + lead,
          words: memo.info.words,
          background: memo.info.background,
          print: memo.print
        });
      }
    }
  }
  return out;
}
function statements(all) {
  const unique = /* @__PURE__ */ new Map();
  const prints = [];
  const slot = all.map((c) => {
    let k = unique.get(c.text);
    if (k === void 0) {
      k = prints.length;
      unique.set(c.text, k);
      prints.push(c.print);
    }
    return k;
  });
  const roots = clusterNearDuplicates(prints);
  const groups = /* @__PURE__ */ new Map();
  all.forEach((c, i) => {
    const r = roots[slot[i] ?? 0] ?? 0;
    const g = groups.get(r);
    if (g) g.push(c);
    else groups.set(r, [c]);
  });
  const out = [];
  for (const members of groups.values()) {
    const articles2 = [...new Set(members.map((m) => m.article))];
    const best = members.reduce((a, b) => b.info > a.info ? b : a);
    const scores = { military: 0, humanitarian: 0, diplomatic: 0 };
    for (const m of members) for (const t of m.themes) scores[t] = Math.max(scores[t], m.scores[t]);
    const primary = THEME_LIST.reduce((a, b) => scores[b] > scores[a] ? b : a);
    const strength = Math.min(scores[primary], 3) * 0.4;
    out.push({
      best,
      members,
      articles: articles2,
      primary,
      score: best.info + strength + Math.min(articles2.length - 1, 3) * 0.8
    });
  }
  return out;
}
function buildSections(articles2, options = {}) {
  const maxItems = options.maxItems ?? 5;
  const minItems = options.minItems ?? 3;
  const all = statements(candidates(articles2 ?? [], options.year ?? yearOf(articles2 ?? [])));
  const ranked = Object.fromEntries(
    THEME_LIST.map((theme) => {
      const list = all.filter((s) => s.members.some((m) => m.themes.includes(theme))).map((s) => ({ s, key: s.score + (s.primary === theme ? 1 : 0) })).sort((a, b) => b.key - a.key || a.s.best.paragraph - b.s.best.paragraph).map((x) => x.s);
      return [theme, list];
    })
  );
  const used = /* @__PURE__ */ new Set();
  const picked = { military: [], humanitarian: [], diplomatic: [] };
  const shown = {
    military: /* @__PURE__ */ new Map(),
    humanitarian: /* @__PURE__ */ new Map(),
    diplomatic: /* @__PURE__ */ new Map()
  };
  const fromArticle = (theme, s) => {
    let most = 0;
    for (const a of s.articles) most = Math.max(most, shown[theme].get(a) ?? 0);
    return most;
  };
  const next = (theme, primaryOnly) => {
    let best;
    let bestKey = Number.NEGATIVE_INFINITY;
    for (const s of ranked[theme]) {
      if (best && s.score + (s.primary === theme ? 1 : 0) <= bestKey) break;
      if (used.has(s) || primaryOnly && s.primary !== theme) continue;
      if (picked[theme].length >= minItems && (s.best.info < 1 || s.best.background)) continue;
      const key = s.score - 0.6 * fromArticle(theme, s);
      if (key > bestKey) {
        best = s;
        bestKey = key;
      }
    }
    return best;
  };
  for (const primaryOnly of [true, false]) {
    const limit = primaryOnly ? maxItems : minItems;
    for (let round2 = 0; round2 < limit; round2++) {
      for (const theme of THEME_LIST) {
        if (picked[theme].length >= limit) continue;
        const s = next(theme, primaryOnly);
        if (!s) continue;
        used.add(s);
        picked[theme].push(s);
        for (const a of s.articles) shown[theme].set(a, (shown[theme].get(a) ?? 0) + 1);
      }
    }
  }
  const result = {};
  for (const theme of THEME_LIST) {
    result[theme] = picked[theme].sort((a, b) => b.score - a.score).map((s) => ({ text: s.best.text, articles: s.articles }));
  }
  return result;
}

// src/summary/build.ts
var MAX_LINE_WORDS = 40;
var HUMAN_COST_KINDS = /* @__PURE__ */ new Set(["killed", "injured", "displaced", "refugees"]);
var CONNECTIVE = /^(?:meanwhile|moreover|however|additionally|furthermore|also|in addition|in response|despite this(?: \w+)?|despite these(?: \w+)?|as a result|still|yet|instead|nonetheless|for now)\s*,\s*/i;
var DANGLING2 = /^(?:this|these|those|that|it|its|they|their|he|she|his|her|such|the latter|the former)\b/i;
var wordCount = (s) => s.split(/\s+/).filter(Boolean).length;
function asTopLine(sentence) {
  let s = sentence.replace(/\s+/g, " ").trim();
  s = s.replace(CONNECTIVE, "");
  if (!s) return null;
  s = s.charAt(0).toUpperCase() + s.slice(1);
  if (!/[.!?]["'”’)]?$/.test(s)) s = `${s.replace(/[,;:\s]+$/, "")}.`;
  if (wordCount(s) < 5) return null;
  return s;
}
function pick(items, used, prefer) {
  const usable = items.map((item, rank) => ({ item, rank, line: asTopLine(item.text) })).filter((x) => x.line !== null).filter((x) => !used.some((u2) => sameStatement(u2, fingerprint(x.line))));
  const penalty = (x) => x.rank + (wordCount(x.line) > MAX_LINE_WORDS ? 3 : 0) + (DANGLING2.test(x.line) ? 2 : 0) + (prefer && !prefer(x.item) ? 1.5 : 0);
  usable.sort((a, b) => penalty(a) - penalty(b));
  return usable[0]?.line ?? null;
}
var formatNumber = (n) => n.toLocaleString("en-US");
function figureLine(figure) {
  const value = figure.valueMax ? `${formatNumber(figure.value)} to ${formatNumber(figure.valueMax)}` : formatNumber(figure.value);
  const qualifier = figure.qualifier ? `${figure.qualifier} ` : "";
  const people = `${qualifier}${value} people`;
  switch (figure.kind) {
    case "killed":
      return `Reports put the number of people killed at ${qualifier}${value}.`;
    case "injured":
      return `Reports say ${people} have been injured.`;
    case "displaced":
      return `Reports say ${people} have been displaced.`;
    case "refugees":
      return `Reports count ${people} who have fled as refugees.`;
    default:
      return null;
  }
}
function buildSummary(input) {
  const sections = input.sections ?? { military: [], humanitarian: [], diplomatic: [] };
  const figures = input.figures ?? [];
  const lines = [];
  const used = [];
  const add2 = (line) => {
    if (!line || lines.length >= 4) return;
    if (used.some((u2) => sameStatement(u2, fingerprint(line)))) return;
    lines.push(line);
    used.push(fingerprint(line));
  };
  const humanCost = figures.filter((f) => HUMAN_COST_KINDS.has(f.kind)).sort((a, b) => Number(b.key) - Number(a.key) || b.articles.length - a.articles.length);
  const hasFigure = (item) => /\d/.test(item.text);
  add2(pick(sections.military ?? [], used) ?? pick(sections.humanitarian ?? [], used));
  const humanLine = pick(sections.humanitarian ?? [], used, hasFigure);
  if (humanLine) add2(humanLine);
  else if (humanCost[0]) add2(figureLine(humanCost[0]));
  add2(pick(sections.diplomatic ?? [], used));
  for (const theme of THEME_LIST) if (lines.length < 2) add2(pick(sections[theme] ?? [], used));
  for (const figure of humanCost) if (lines.length < 2) add2(figureLine(figure));
  if (lines.length < 2) {
    const n = input.articles?.length ?? 0;
    if (lines.length === 0) {
      add2(
        n === 0 ? "No articles were available for this briefing." : "The articles of the day report no clear military, humanitarian or diplomatic development."
      );
    }
    add2(`This briefing draws on ${n} ${n === 1 ? "article" : "articles"}.`);
  }
  return lines;
}

// bench/e2e.tmp.ts
var MB = 1024 * 1024;
var corpus = generateCorpus("/work/main/samples/articles", 3 * MB);
var bytes = corpus.reduce((s, f) => s + Buffer.byteLength(f.text), 0);
var articles = corpus.map((f) => parseTextArticle({ id: f.id, text: f.text }).article);
var keep = process.argv[2] !== "drop";
var run = () => {
  const da = articles.map((a) => ({ id: a.id, published: a.published, paragraphs: a.paragraphs.map((text) => {
    const th = classifyParagraph(text).themes;
    return { text, themes: keep ? th : [...th] };
  }) }));
  const s = buildSections(da);
  buildSummary({ articles: da, sections: s, figures: [], timeline: [] });
};
run();
var ts = [];
for (let i = 0; i < 7; i++) {
  const s = performance.now();
  run();
  ts.push(performance.now() - s);
}
ts.sort((a, b) => a - b);
console.log(keep ? "keep" : "drop", ts[3].toFixed(0), "ms", (bytes / MB / (ts[3] / 1e3)).toFixed(1), "MB/s");
