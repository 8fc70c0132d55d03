#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 1383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 9737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 5986:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DX: () => (/* binding */ stsAudience),
/* harmony export */   cn: () => (/* binding */ partitionOfRegion),
/* harmony export */   wl: () => (/* binding */ parseEcrHost)
/* harmony export */ });
// ECR host names and AWS partitions: which account and region an ECR host names, which partition a
// region is in, and the audience STS wants there. Pure.
// The grammar of the ECR credential helper: account, FIPS, region, and every partition's domain.
const ECR_HOST = /^(\d{12})\.dkr[.-]ecr(-fips)?\.([a-zA-Z0-9][a-zA-Z0-9-_]*)\.(amazonaws\.(?:com(?:\.cn)?|eu)|on\.(?:aws|amazonwebservices\.com\.cn)|sc2s\.sgov\.gov|c2s\.ic\.gov|cloud\.adc-e\.uk|csp\.hci\.ic\.gov)$/;
function parseEcrHost(hostname) {
    const match = ECR_HOST.exec(hostname.toLowerCase());
    if (match === null)
        return undefined;
    const [, account = '', fips, region = '', domain = ''] = match;
    return { account, region, fips: fips !== undefined, domain };
}
function partitionOfRegion(region) {
    if (region.startsWith('cn-'))
        return 'aws-cn';
    if (region.startsWith('us-gov-'))
        return 'aws-us-gov';
    if (region.startsWith('us-isob-'))
        return 'aws-iso-b';
    if (region.startsWith('us-iso-'))
        return 'aws-iso';
    if (region.startsWith('eu-isoe-'))
        return 'aws-iso-e';
    if (region.startsWith('us-isof-'))
        return 'aws-iso-f';
    if (region.startsWith('eusc-'))
        return 'aws-eusc';
    return 'aws';
}
/** The audience GitHub's OIDC token must carry for STS in this partition. */
function stsAudience(partition) {
    return partition === 'aws-cn' ? 'sts.amazonaws.com.cn' : 'sts.amazonaws.com';
}


/***/ }),

/***/ 2091:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ak: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: EXIT, environmentName

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/gate/archive-cache.ts
var archive_cache = __nccwpck_require__(1494);
// EXTERNAL MODULE: ./src/gate/verify.ts + 4 modules
var verify = __nccwpck_require__(331);
// EXTERNAL MODULE: ./src/workspace-files.ts
var workspace_files = __nccwpck_require__(7076);
;// CONCATENATED MODULE: ./src/cache/directory-store.ts
// Chart archives kept in a directory: a self-hosted runner's disk, a GitLab CI cache path, a laptop.
// In the action the directory may sit in the workspace, where a pull request can place links: an
// archive is read only as a regular file, within the size of a chart, and never written through a link.




class DirectoryArchiveStore {
    directory;
    access;
    name;
    constructor(directory, access = { workspace: directory }) {
        this.directory = directory;
        this.access = access;
        this.name = `the directory ${directory}`;
    }
    async restore(digest) {
        const reading = await (0,workspace_files/* readFileBytes */.MY)(external_node_path_default().join(this.directory, (0,archive_cache/* archiveFileName */.G)(digest)), this.access, 
        // A kept archive larger than the gate accepts a chart is no archive of the gate's.
        verify/* MAX_CHART_BYTES */.i);
        if ('bytes' in reading)
            return reading.bytes;
        if (reading.code === 'ENOENT')
            return undefined;
        throw new Error(`${(0,archive_cache/* archiveFileName */.G)(digest)} ${reading.problem}`);
    }
    async save(digest, archive) {
        // Written aside, then renamed (by writeWholeFile): a run reading beside this one never sees half
        // an archive, and a failed write leaves no .partial file behind.
        try {
            await (0,workspace_files/* writeWholeFile */.R0)(external_node_path_default().join(this.directory, (0,archive_cache/* archiveFileName */.G)(digest)), archive, this.access);
        }
        catch (error) {
            throw error instanceof workspace_files/* FileWriteError */.M$
                ? new Error(`${(0,archive_cache/* archiveFileName */.G)(digest)} ${error.reason}`)
                : error;
        }
    }
}

;// CONCATENATED MODULE: ./src/cache/archive-store.ts
// Which store keeps chart archives, as the parsed cache settings say: a folder, the GitHub Actions
// cache (the action only), or none.



async function archiveStoreFor(settings, context) {
    if (settings.directory !== undefined)
        return new DirectoryArchiveStore(external_node_path_default().resolve(context.access.workspace, settings.directory), context.access);
    if (!settings.actionsCache || context.actionsCache === undefined)
        return undefined;
    let store;
    try {
        store = await context.actionsCache();
    }
    catch (error) {
        context.warning(`Chart archive cache (the GitHub Actions cache): ${(0,errors/* errorMessage */.gJ)(error)}. The archives are read from the registry instead.`);
        return undefined;
    }
    if (store === undefined)
        context.debug('The GitHub Actions cache is not available here; chart archives are downloaded');
    return store;
}

// EXTERNAL MODULE: ./src/deadline.ts
var deadline = __nccwpck_require__(6683);
// EXTERNAL MODULE: ./src/gate/deploy-outcome.ts + 9 modules
var deploy_outcome = __nccwpck_require__(6621);
// EXTERNAL MODULE: ./src/gate/session.ts + 10 modules
var gate_session = __nccwpck_require__(1723);
;// CONCATENATED MODULE: ./src/gate/run.ts
// One request, start to finish: plan, credentials, registry reads, verdict, layer.



async function runGate(request, dependencies) {
    const session = new gate_session/* GateSession */.a(dependencies, new deadline/* Deadline */.B(request.deadlineMs), request.timeoutMs);
    try {
        await session.openArchives();
        const outcome = await session.check(request);
        await session.keepArchives();
        const judged = await (0,deploy_outcome/* withDeployChecks */.F)(outcome, request.deploy, request.layer.values);
        for (const warning of judged.deployment?.warnings ?? [])
            dependencies.warning(warning);
        return judged;
    }
    finally {
        session.close();
    }
}
/** The chosen chart against the lock, when one is given; its code is loaded only then. */
async function checkAgainstLock(lock, chosen) {
    if (lock === undefined)
        return undefined;
    const { checkChartLock } = await __nccwpck_require__.e(/* import() */ 91).then(__nccwpck_require__.bind(__nccwpck_require__, 91));
    return checkChartLock(lock, chosen.target.reference, chosen.chart.digest, new Date());
}

;// CONCATENATED MODULE: ./src/cli/help.ts
const FLAG_HELP = {
    'registry-name': "the registry's name in Palette, written into the layer",
    'registry-uid': "the registry's uid in Palette, written into the layer",
    endpoint: 'registry host[:port], optionally https:// or http://; may hold the region template',
    'base-content-path': 'repository path under which the charts live (e.g. charts)',
    'auth-type': 'basic (default: username and password, or anonymous) or ecr',
    username: 'registry user (Basic)',
    password: 'registry password (Basic); prefer PALETTE_CHART_GATE_PASSWORD or --password-stdin',
    chart: 'chart name, exactly as in the registry',
    version: 'exact chart version (no ranges, no "latest")',
    'charts-file': 'profile files to check instead of one chart: paths or globs, one per line',
    'registries-file': 'named registries for --charts-file; secrets by environment variable name',
    concurrency: 'with --charts-file, requests in flight to each registry (1 to 64, default 16)',
    'lock-file': 'digest lock: a version whose tag now holds other content than locked is invalid',
    'update-lock': 'true to add the digests of new chart versions to --lock-file',
    'cache-directory': 'keep chart archives here by digest; later runs skip their download',
    'layer-type': 'pack type written into the layer: oci (default) or helm',
    values: "values YAML for the layer (default: the chart's own values.yaml)",
    'deploy-checks': 'false: valid means the chart exists and is a Helm chart, not that it will install',
    'kubernetes-version': "Kubernetes to install on (1.31, 1.31.10 or v1.31.10-eks-931bdca; a list): overrides the profile's",
    'output-file': 'also write the manifest (or, with --charts-file, the profile document) here',
    'output-format': 'yaml or json; with --charts-file, json prints the results as JSON',
    'ca-certificate': 'extra CA to trust: PEM text or a file path',
    'insecure-skip-tls-verify': 'true to skip TLS verification (not recommended)',
    'timeout-seconds': 'timeout of each request, in seconds (default 30)',
    'deadline-seconds': 'deadline of the whole run, in seconds (default twice the timeout)',
    protected: 'ECR: false for un-protected mode (anonymous pulls)',
    'aws-access-key-id': 'ECR: access key ID',
    'aws-secret-access-key': 'ECR: secret access key',
    'aws-session-token': 'ECR: session token of temporary credentials',
    'role-arn': 'ECR: role(s) to assume, in order',
    'external-id': 'ECR: external ID for the last role (as Palette shows it)',
    'role-session-name': 'ECR: role session name (default palette-chart-gate)',
    'role-duration-seconds': 'ECR: role session duration (default 900)',
    region: 'deployment region(s) filling {{.spectro.system.aws.region}}',
    'default-region': "Palette's default region, where it falls back",
    'require-all-regions': 'true: every region must hold the chart with one digest'
};

// EXTERNAL MODULE: ./src/palette/layer.ts
var palette_layer = __nccwpck_require__(3266);
// EXTERNAL MODULE: ./src/report/manifest-file.ts
var manifest_file = __nccwpck_require__(8652);
// EXTERNAL MODULE: ./src/inputs/cache-settings.ts
var cache_settings = __nccwpck_require__(1737);
// EXTERNAL MODULE: ./src/inputs/input-files.ts
var input_files = __nccwpck_require__(6731);
;// CONCATENATED MODULE: ./src/inputs/chart-run.ts


async function loadChartRun(inputs, access) {
    const cache = (0,cache_settings/* parseCacheSettings */.l)(inputs);
    const request = await (0,input_files/* loadRequest */.W)(inputs, access);
    // The lock's code is loaded only when a lock is given.
    const lock = (inputs['lock-file'] ?? '').trim() === ''
        ? undefined
        : await (await __nccwpck_require__.e(/* import() */ 106).then(__nccwpck_require__.bind(__nccwpck_require__, 3106))).lockFromInputs(inputs, access);
    return { request, lock, cache };
}

// EXTERNAL MODULE: ./src/inputs/request.ts + 4 modules
var inputs_request = __nccwpck_require__(3494);
;// CONCATENATED MODULE: ./src/cli/cli.ts
// The command-line adapter: the same gate with the action's input names as --flags.
// Exit codes: 0 valid, 1 invalid (chart missing, not a chart, mismatch), 2 usage or any other error.










const EXIT = { valid: 0, invalid: 1, error: 2 };
/** Every flag may also come from the environment: PALETTE_CHART_GATE_PASSWORD for --password. */
function environmentName(input) {
    return `PALETTE_CHART_GATE_${input.toUpperCase().replaceAll('-', '_')}`;
}
const USAGE = `Usage: palette-chart-gate --endpoint HOST --chart NAME --version VERSION [options]
       palette-chart-gate --charts-file 'profiles/**/*.yaml' [--registries-file FILE] [options]

Verifies that an exact Helm chart version exists in an OCI registry and prints the validated
Palette layer manifest on stdout. With --charts-file, checks every Helm layer of the profile files
and prints a table (or, with --output-format json, the results as JSON).

Options (each also read from PALETTE_CHART_GATE_<NAME>, e.g. PALETTE_CHART_GATE_PASSWORD):
${[
    ...inputs_request/* INPUT_NAMES */.Qh.map(name => [`--${name}`, FLAG_HELP[name]]),
    ['--password-stdin', 'read the password from standard input'],
    ['--debug', 'log each request to stderr'],
    ['--help', 'show this help']
]
    .map(([flag, help]) => `  ${flag.padEnd(28)}${help}`)
    .join('\n')}

Exit codes: 0 valid, 1 invalid chart or layer, 2 usage, configuration or registry error.
`;
async function runCli(argv, env, streams) {
    let parsed;
    try {
        parsed = parseFlags(argv);
    }
    catch (error) {
        streams.stderr(`${(0,errors/* errorMessage */.gJ)(error)}\n\n${USAGE}`);
        return EXIT.error;
    }
    if (parsed.values.help === true) {
        streams.stdout(USAGE);
        return EXIT.valid;
    }
    try {
        const inputs = {};
        for (const name of inputs_request/* INPUT_NAMES */.Qh) {
            const flag = parsed.values[name];
            const value = typeof flag === 'string' ? flag : env[environmentName(name)];
            if (value !== undefined)
                inputs[name] = value;
        }
        if (parsed.values['password-stdin'] === true)
            inputs.password = (await streams.readStdin()).replace(/\r?\n$/, '');
        const debug = parsed.values.debug === true;
        const log = (message) => debug ? streams.stderr(`debug: ${message}\n`) : undefined;
        const archivesFor = cache => archiveStoreFor(cache, {
            access: workspace_files/* COMMAND_LINE_ACCESS */.qK,
            debug: log,
            warning: message => streams.stderr(`warning: ${message}\n`)
        });
        const dependencies = {
            mask: () => undefined,
            debug: log,
            warning: message => streams.stderr(`warning: ${message}\n`),
            now: () => new Date(),
            environment: env
        };
        if ((inputs['charts-file'] ?? '').trim() !== '') {
            // Loaded only for profile files: a single check starts without their code.
            const { runProfilesCli } = await Promise.all(/* import() */[__nccwpck_require__.e(382), __nccwpck_require__.e(428)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7428));
            return await runProfilesCli(inputs, { dependencies, archivesFor, streams }, workspace_files/* COMMAND_LINE_ACCESS */.qK);
        }
        const { request, lock, cache } = await loadChartRun(inputs, workspace_files/* COMMAND_LINE_ACCESS */.qK);
        const archiveStore = await archivesFor(cache);
        const outcome = await runGate(request, { ...dependencies, archiveStore });
        if (!outcome.valid) {
            streams.stderr(`invalid: ${outcome.message}\nhint: ${outcome.hint}\n`);
            return EXIT.invalid;
        }
        const { chosen } = outcome;
        const lockCheck = await checkAgainstLock(lock, chosen);
        if (lockCheck?.mismatch !== undefined) {
            const { message, hint } = lockCheck.mismatch;
            streams.stderr(`invalid: ${message}\nhint: ${hint}\n`);
            return EXIT.invalid;
        }
        if (outcome.distinctDigests > 1) {
            streams.stderr(`warning: the regions hold ${outcome.distinctDigests} different builds; the manifest is that of ${chosen.target.region ?? 'the first region'}\n`);
        }
        if (request.output.file !== undefined)
            await (0,manifest_file/* writeManifestFile */.hP)(request.output.file, chosen.document, request, workspace_files/* COMMAND_LINE_ACCESS */.qK);
        const fallback = outcome.usedDefaultRegion
            ? ` (default region ${chosen.target.region ?? ''})`
            : '';
        streams.stderr(`valid: oci://${chosen.target.reference} ${chosen.chart.digest}${fallback}\n`);
        streams.stdout((0,palette_layer/* renderManifest */.sB)(chosen.document, request.output.format));
        // After the manifest is printed: a lock that cannot be written does not lose it.
        const lockFailure = await lockCheck?.record();
        if (lockFailure !== undefined)
            return reportError(lockFailure, streams);
        return EXIT.valid;
    }
    catch (error) {
        if (!(0,errors/* isGateError */.Wc)(error))
            throw error;
        return reportError(error, streams);
    }
}
function reportError(error, streams) {
    streams.stderr(`${error.title}:\n${error.message}\nhint: ${error.hint}\n`);
    return EXIT.error;
}
function parseFlags(argv) {
    // fromEntries cannot know its keys; INPUT_NAMES lists exactly the InputName keys.
    const inputFlags = Object.fromEntries(inputs_request/* INPUT_NAMES */.Qh.map(name => [name, { type: 'string' }]));
    const parsed = (0,external_node_util_.parseArgs)({
        args: joinFlagValues(argv),
        options: {
            ...inputFlags,
            'password-stdin': { type: 'boolean' },
            debug: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' }
        },
        strict: true,
        allowPositionals: true
    });
    // A stray argument is often half of an unquoted secret: say where it is, never what it is.
    if (parsed.positionals.length > 0) {
        const position = argv.indexOf(parsed.positionals[0] ?? '') + 1;
        throw new Error(`Unexpected argument at position ${position} (not shown; quote values that contain spaces)`);
    }
    return parsed;
}
/**
 * `--flag value` becomes `--flag=value` for every input flag, so that a value starting with '-'
 * (a PEM certificate, a password) is taken as the value instead of being refused as ambiguous.
 */
function joinFlagValues(argv) {
    const joined = [];
    for (let index = 0; index < argv.length; index++) {
        const argument = argv[index] ?? '';
        const next = argv[index + 1];
        if (argument.startsWith('--') && isInputName(argument.slice(2)) && next !== undefined) {
            joined.push(`${argument}=${next}`);
            index++;
        }
        else {
            joined.push(argument);
        }
    }
    return joined;
}
function isInputName(name) {
    return inputs_request/* INPUT_NAMES */.Qh.some(input => input === name);
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _helm_schema_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9496);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2091);
// The command-line entry point (dist/cli/index.js); in a worker thread, the values schema checker
// (helm/schema-runner.ts).



const readStdin = async () => {
    const chunks = [];
    for await (const chunk of process.stdin)
        chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    return Buffer.concat(chunks).toString('utf8');
};
if (node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread) {
    (0,_helm_schema_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .allowSchemaWorker */ .z)(new URL(import.meta.url));
    try {
        process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_2__/* .runCli */ .ak)(process.argv.slice(2), process.env, {
            stdout: text => process.stdout.write(text),
            stderr: text => process.stderr.write(text),
            readStdin,
            isTerminal: process.stderr.isTTY
        });
    }
    catch (error) {
        process.stderr.write(`Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        process.exitCode = 2;
    }
}
else {
    // Loaded only in the worker: the validator is the largest part of the checks.
    const { serveSchemaChecks } = await Promise.all(/* import() */[__nccwpck_require__.e(417), __nccwpck_require__.e(400)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9400));
    serveSchemaChecks();
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6683:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ Deadline)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
// One deadline for the whole run: however many requests, retries and regions, the run ends by it.

class Deadline {
    milliseconds;
    now;
    endsAt;
    constructor(milliseconds, now = Date.now) {
        this.milliseconds = milliseconds;
        this.now = now;
        this.endsAt = now() + milliseconds;
    }
    remainingMs() {
        return Math.max(0, this.endsAt - this.now());
    }
    /** How long one step may wait: its own timeout, or less when the run's deadline comes first. */
    limit(timeoutMs) {
        const remaining = this.remainingMs();
        return remaining < timeoutMs
            ? { milliseconds: remaining, cutByDeadline: true }
            : { milliseconds: timeoutMs, cutByDeadline: false };
    }
    /** Aborts at the deadline, for APIs that take a signal (the AWS SDK). */
    signal() {
        return AbortSignal.timeout(Math.max(1, this.remainingMs()));
    }
    error(waitingFor) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeadlineError */ .j3(`The run's deadline of ${this.milliseconds / 1000} s passed while waiting for ${waitingFor}`, 'Nothing answered in time. Check that the registry (and AWS, for ECR) is reachable and healthy, or raise deadline-seconds.');
    }
}


/***/ }),

/***/ 2187:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _j: () => (/* binding */ matchesDigest),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   xL: () => (/* binding */ CONTENT_DIGEST)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Content digests, as OCI names blobs and manifests: `sha256:<hex>` or `sha512:<hex>`.

/** A digest with its algorithm and a hex value of the right length, and nothing else. */
const CONTENT_DIGEST = /^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$/;
function digestOf(bytes, algorithm) {
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex')}`;
}
/** Whether the bytes hash to the digest; false for anything that is not a content digest. */
function matchesDigest(bytes, digest) {
    if (!CONTENT_DIGEST.test(digest))
        return false;
    return digestOf(bytes, digest.startsWith('sha512:') ? 'sha512' : 'sha256') === digest;
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   UN: () => (/* binding */ escapeControls),
/* harmony export */   Wc: () => (/* binding */ isGateError),
/* harmony export */   eP: () => (/* binding */ InsecureTransportError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   i_: () => (/* binding */ PermissionError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   j3: () => (/* binding */ DeadlineError),
/* harmony export */   ue: () => (/* binding */ GateError),
/* harmony export */   v3: () => (/* binding */ AuthenticationError)
/* harmony export */ });
/* unused harmony export failureText */
// Typed failures. Every one carries a user-facing message and a hint; none may carry a secret.
class GateError extends Error {
    hint;
    /** `options.cause`: the failure underneath (an SDK or file-system error), kept for debugging. */
    constructor(message, hint, options) {
        super(message, options);
        this.name = new.target.name;
        this.hint = hint;
    }
}
/** Inputs that cannot describe a check; found before any request is sent. */
class ConfigurationError extends GateError {
    title = 'Configuration error';
    problems;
    constructor(problems, hint = 'Fix the inputs named above and run again.', options) {
        super(problems.map(problem => `${problem.input}: ${problem.message}`).join('\n'), hint, options);
        this.problems = problems;
    }
}
/** The registry refused the credentials (401), or demanded credentials that were not given. */
class AuthenticationError extends GateError {
    title = 'Authentication failed';
}
/** The credentials were accepted but may not pull this repository (403 / DENIED). */
class PermissionError extends GateError {
    title = 'Permission denied';
}
/** The registry could not be reached or spoke in a way the gate cannot use. */
class RegistryError extends GateError {
    title = 'Registry error';
}
/** Credentials would cross the network in clear text. */
class InsecureTransportError extends GateError {
    title = 'Insecure transport refused';
}
/** The run's deadline passed before an answer came. */
class DeadlineError extends GateError {
    title = 'Timed out';
}
function isGateError(error) {
    return error instanceof GateError;
}
const MAX_SHOWN_CHARACTERS = 80;
const MAX_QUOTED_CHARACTERS = 200;
/** What went wrong, for a message: an Error's own message, anything else as text. */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}
/** A failure as the step reports it: its title, message and hint. */
function failureText(error) {
    return `${error.title}: ${error.message}\nHint: ${error.hint}`;
}
/**
 * A value as a message shows it: JSON, with invisible and non-ASCII characters escaped (so
 * "ngin\u200bx" cannot pass for "nginx"), and long values cut with their length given.
 */
function shown(value) {
    let text;
    try {
        text = JSON.stringify(value) ?? String(value);
    }
    catch {
        text = String(value);
    }
    const length = typeof value === 'string' ? value.length : text.length;
    return cut(escapeUnprintable(text), MAX_SHOWN_CHARACTERS, length);
}
/** Text a registry sent, as a message quotes it: one line, escaped, at most 200 characters. */
function quoted(text) {
    return cut(escapeUnprintable(text), MAX_QUOTED_CHARACTERS, text.length);
}
function escapeUnprintable(text) {
    return text.replace(/[^\x20-\x7e]/g, unicodeEscape);
}
/**
 * Characters a terminal or a CI log acts on rather than shows: control characters (C0, DEL, C1:
 * escape sequences, new lines that start `::add-mask::` workflow commands), format characters
 * (bidi overrides and isolates, zero-width characters), line and paragraph separators, and lone
 * surrogates.
 */
const CONTROL_CHARACTERS = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;
/** Text as a terminal line shows it: every control character escaped, other Unicode kept as is. */
function escapeControls(text) {
    return text.replace(CONTROL_CHARACTERS, unicodeEscape);
}
/** `\u` escapes of each UTF-16 unit, as JSON spells them, so escaped JSON stays JSON. */
function unicodeEscape(character) {
    let escaped = '';
    for (let index = 0; index < character.length; index++)
        escaped += `\\u${character.charCodeAt(index).toString(16).padStart(4, '0')}`;
    return escaped;
}
function cut(text, maxCharacters, originalLength) {
    if (text.length <= maxCharacters)
        return text;
    return `${text.slice(0, maxCharacters)}… (${originalLength} characters)`;
}


/***/ }),

/***/ 1494:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ archiveFileName),
/* harmony export */   t: () => (/* binding */ ArchiveCache)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2187);
// Chart archives kept by digest between runs. A digest names its content, so a kept archive is
// never stale; it is still hashed on the way back, and the registry is still asked whether it has
// the blob (a HEAD, no download), because a tag whose archive is gone cannot be deployed; any answer
// but "present" means a download, as without the cache.


/** A store's failures are warnings, once per run; the archive is then read from the registry. */
class ArchiveCache {
    store;
    log;
    warned = false;
    saved = new Set();
    constructor(store, log) {
        this.store = store;
        this.log = log;
    }
    /** The archive from the store when it holds the exact bytes and the registry has the blob. */
    async read(client, repository, blob, maxBytes) {
        // A registry may write anything into a manifest; only a real digest names a kept archive.
        if (!_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .CONTENT_DIGEST */ .xL.test(blob.digest))
            return client.fetchBlob(repository, blob, maxBytes);
        const kept = await this.restore(blob);
        if (kept !== undefined) {
            // A pull-through cache may say 404 to HEAD for a blob it fetches on GET: only GET decides
            // that the archive is gone, so the cache never changes a verdict.
            if ((await client.blobPresence(repository, blob.digest)) === 'present') {
                this.log.debug(`Chart archive ${blob.digest} read from ${this.store.name}`);
                return kept;
            }
            this.log.debug(`The registry did not confirm ${blob.digest} to HEAD; downloading it`);
        }
        const archive = await client.fetchBlob(repository, blob, maxBytes);
        if (archive !== undefined && kept === undefined && !this.saved.has(blob.digest)) {
            // One chart in two registries is one archive: kept once.
            this.saved.add(blob.digest);
            await this.save(blob.digest, archive);
        }
        return archive;
    }
    /** Before the checks: the store fetches what it holds, when it does that at once. */
    async open() {
        try {
            await this.store.open?.();
        }
        catch (error) {
            this.fail('could not restore the archives', error);
        }
    }
    /** Hands what the run added to the store to keep (a store that saves at the end). */
    async flush() {
        try {
            await this.store.flush?.();
        }
        catch (error) {
            this.fail('could not save the archives', error);
        }
    }
    async restore(blob) {
        let kept;
        try {
            kept = await this.store.restore(blob.digest);
        }
        catch (error) {
            this.fail(`could not read ${blob.digest}`, error);
            return undefined;
        }
        if (kept === undefined)
            return undefined;
        if (kept.length !== blob.size || !(0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesDigest */ ._j)(kept, blob.digest)) {
            this.log.debug(`${this.store.name} holds other bytes under ${blob.digest}; downloading it`);
            return undefined;
        }
        return kept;
    }
    async save(digest, archive) {
        try {
            await this.store.save(digest, archive);
        }
        catch (error) {
            this.fail(`could not keep ${digest}`, error);
        }
    }
    fail(what, error) {
        const message = `Chart archive cache (${this.store.name}): ${what}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}. The archives are read from the registry instead.`;
        if (this.warned) {
            this.log.debug(message);
            return;
        }
        this.warned = true;
        this.log.warning(message);
    }
}
/** The file name a store keeps an archive under: the digest, checked so it cannot name a path. */
function archiveFileName(digest) {
    if (!_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .CONTENT_DIGEST */ .xL.test(digest))
        throw new Error(`${JSON.stringify(digest)} is not a digest`);
    return `${digest.replace(':', '-')}.tgz`;
}


/***/ }),

/***/ 6621:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  l: () => (/* binding */ deploymentRecord),
  F: () => (/* binding */ withDeployChecks)
});

;// CONCATENATED MODULE: ./src/helm/installability.ts
/** The chart apiVersions Helm 4 loads: v3 is its experimental format, off by default. */
const LOADED_API_VERSIONS = ['v1', 'v2'];
function judgeInstallable(requirements, contents) {
    const refusals = [];
    if (contents.unreadable !== undefined)
        refusals.push({
            check: 'archive',
            message: `Helm cannot load the chart archive: it ${contents.unreadable}`,
            hint: 'Package the chart with `helm package` and push it again with `helm push`.'
        });
    const { apiVersion } = requirements;
    if (apiVersion !== undefined && !LOADED_API_VERSIONS.includes(apiVersion))
        refusals.push({
            check: 'api-version',
            message: `the chart's apiVersion ${JSON.stringify(apiVersion)} is not one Helm loads (${LOADED_API_VERSIONS.join(' or ')}): ${apiVersion === 'v3' ? 'invalid chart apiVersion' : 'unsupported chart version'}`,
            hint: 'Write apiVersion: v2 in Chart.yaml (Helm 3 and 4 charts), package the chart and push it again.'
        });
    const { type } = requirements;
    if (type === 'library')
        refusals.push({
            check: 'chart-type',
            message: 'library charts are not installable',
            hint: 'A library chart only lends templates to the charts that depend on it: make the layer the application chart that uses it.'
        });
    else if (type !== undefined && type !== 'application')
        refusals.push({
            check: 'chart-type',
            message: `validation: chart.metadata.type must be application or library (it is ${JSON.stringify(type)})`,
            hint: 'Write type: application in Chart.yaml (or leave it out), package the chart and push it again.'
        });
    // Helm matches each declared name with the name in a subchart's own Chart.yaml; a false
    // condition only disables a dependency that is there.
    if (contents.unreadable === undefined) {
        const missing = requirements.dependencies
            .map(dependency => dependency.name)
            .filter(name => !contents.subcharts.some(subchart => subchart.name === name));
        if (missing.length > 0)
            refusals.push({
                check: 'dependencies',
                message: `found in Chart.yaml, but missing in charts/ directory: ${missing.join(', ')}`,
                hint: 'Run `helm dependency build` before `helm package`, so that the archive carries its dependencies in charts/, and push the chart again. A false condition does not excuse a missing dependency.'
            });
    }
    return refusals;
}

;// CONCATENATED MODULE: ./src/helm/semver.ts
// Versions as Helm reads them (Masterminds semver v3.4, the library in Helm 4 and 3.19): loose
// ("v1.31", "1" and "1.2.3-eks-abc" all parse), numbers up to 2^64 - 1, prereleases ordered as
// semver orders them. npm `semver` reads several of these differently, so Helm's rules are here.
const MAX_SEGMENT = 2n ** 64n - 1n;
const IDENTIFIER = /^[0-9A-Za-z-]+$/;
const DIGITS = /^[0-9]+$/;
// A "v", one to three numbers, then an optional prerelease and metadata, each dot-separated.
const LOOSE_VERSION = /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;
/** The version Helm reads from `text`, or undefined where Helm refuses it. */
function parseHelmVersion(text) {
    const match = LOOSE_VERSION.exec(text);
    if (match === null)
        return undefined;
    const [, major = '', minor = '', patch = '', , prerelease = '', , , metadata = ''] = match;
    const numbers = [major, minor.slice(1), patch.slice(1)].map(segment => segment === '' ? 0n : BigInt(segment));
    if (numbers.some(value => value > MAX_SEGMENT))
        return undefined;
    if (prerelease !== '' && !validPrerelease(prerelease))
        return undefined;
    const [majorNumber = 0n, minorNumber = 0n, patchNumber = 0n] = numbers;
    return { major: majorNumber, minor: minorNumber, patch: patchNumber, prerelease, metadata };
}
/** A number with a leading zero is no prerelease identifier. */
function validPrerelease(prerelease) {
    return prerelease
        .split('.')
        .every(part => IDENTIFIER.test(part) && !(DIGITS.test(part) && part.length > 1 && part[0] === '0'));
}
/** -1, 0 or 1 as `a` sorts before, with or after `b`; metadata never counts. */
function compareVersions(a, b) {
    for (const key of ['major', 'minor', 'patch']) {
        if (a[key] !== b[key])
            return a[key] < b[key] ? -1 : 1;
    }
    if (a.prerelease === b.prerelease)
        return 0;
    // A release sorts after its prereleases.
    if (a.prerelease === '')
        return 1;
    if (b.prerelease === '')
        return -1;
    return comparePrereleases(a.prerelease, b.prerelease);
}
function comparePrereleases(a, b) {
    const left = a.split('.');
    const right = b.split('.');
    for (let index = 0; index < Math.max(left.length, right.length); index++) {
        const order = compareIdentifiers(left[index] ?? '', right[index] ?? '');
        if (order !== 0)
            return order;
    }
    return 0;
}
/** Fewer identifiers sort first; numbers sort before words, and by value; words by their bytes. */
function compareIdentifiers(a, b) {
    if (a === b)
        return 0;
    if (a === '')
        return -1;
    if (b === '')
        return 1;
    const aNumber = asUnsigned(a);
    const bNumber = asUnsigned(b);
    if (aNumber === undefined && bNumber === undefined)
        return a > b ? 1 : -1;
    if (bNumber === undefined)
        return -1;
    if (aNumber === undefined)
        return 1;
    return aNumber > bNumber ? 1 : -1;
}
function asUnsigned(identifier) {
    if (!DIGITS.test(identifier))
        return undefined;
    const value = BigInt(identifier);
    return value > MAX_SEGMENT ? undefined : value;
}
/** As Helm prints it: "1.31.10-eks-931bdca", always three numbers. */
function formatVersion(version) {
    const core = `${version.major}.${version.minor}.${version.patch}`;
    return `${core}${version.prerelease === '' ? '' : `-${version.prerelease}`}${version.metadata === '' ? '' : `+${version.metadata}`}`;
}

;// CONCATENATED MODULE: ./src/helm/version-constraint.ts
// A chart's kubeVersion constraint, read and judged as Helm judges it at install (Masterminds
// semver v3.4, in Helm 4 and 3.19): `||` between groups; `,` or spaces between the constraints of a
// group; `=`, `!=`, `>`, `<`, `>=`, `<=`, `~`, `^`; `x`, `X` and `*` wildcards; `A - B` ranges. A
// prerelease version (EKS "v1.31.10-eks-931bdca") passes a group only when one of the group's
// constraints names a prerelease: `>=1.21.0` refuses EKS, `>=1.21.0-0` accepts it.

/** Helm reads any length; the gate stops here, as the range pattern backtracks on long text. */
const MAX_CONSTRAINT_LENGTH = 256;
// Helm's patterns, in Go's regexp (linear time). Go's \s is ASCII white space only.
const SPACE = '[\\t\\n\\f\\r ]';
const SPACES = new Set(['\t', '\n', '\f', '\r', ' ']);
const OPERATORS = new Set([
    '',
    '=',
    '!=',
    '>',
    '<',
    '>=',
    '=>',
    '<=',
    '=<',
    '~',
    '~>',
    '^'
]);
const OPERATOR_CHARACTERS = new Set(['=', '!', '>', '<', '~', '^']);
const PART = '[0-9|xX*]+';
const VERSION = `v?(${PART})(\\.${PART})?(\\.${PART})?(-([0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*))?(\\+([0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*))?`;
const RANGE = new RegExp(`${SPACE}*(${VERSION})${SPACE}+-${SPACE}+(${VERSION})${SPACE}*`, 'g');
const WHOLE_VERSION = new RegExp(`^${VERSION}$`);
function readConstraint(text) {
    const tokens = constraintTokens(text);
    if (!tokens.ok)
        return tokens;
    const groups = [];
    for (const items of tokens.groups) {
        const constraints = [];
        for (const item of items) {
            const constraint = parseOne(item.operator, item.version);
            if (constraint === undefined)
                return { ok: false, reason: 'constraint parser error' };
            constraints.push(constraint);
        }
        groups.push(constraints);
    }
    return { ok: true, groups };
}
/** The groups of operator and version tokens, ranges rewritten; exported for the pattern test. */
function constraintTokens(text) {
    if (text.length > MAX_CONSTRAINT_LENGTH)
        return { ok: false, reason: `it is longer than ${MAX_CONSTRAINT_LENGTH} characters` };
    // "1.2 - 1.4" is ">= 1.2, <= 1.4"; each range text is replaced where it first occurs.
    let rewritten = text;
    for (const range of [...text.matchAll(RANGE)])
        rewritten = rewritten.replace(range[0], () => `>= ${range[1] ?? ''}, <= ${range[11] ?? ''} `);
    const groups = [];
    for (const group of rewritten.split('||')) {
        const items = readGroup(group);
        if (items === undefined)
            return { ok: false, reason: `improper constraint: ${group}` };
        groups.push(items);
    }
    return { ok: true, groups };
}
const isOperator = (text) => OPERATORS.has(text);
/**
 * The constraints of one group, as Helm's group pattern accepts them: operator, spaces, version,
 * then spaces or one comma (with spaces) before the next. Read in one pass: the same pattern in a
 * backtracking engine takes exponential time on text such as " x 1.2-x 1.2-x ... !". A version
 * holds no space, comma or operator character, so each item ends where its version token ends.
 */
function readGroup(text) {
    const items = [];
    let at = 0;
    const skipSpaces = () => {
        while (at < text.length && SPACES.has(text.charAt(at)))
            at++;
    };
    skipSpaces();
    for (;;) {
        const operatorStart = at;
        while (at < text.length && OPERATOR_CHARACTERS.has(text.charAt(at)))
            at++;
        const operator = text.slice(operatorStart, at);
        if (!isOperator(operator))
            return undefined;
        skipSpaces();
        const versionStart = at;
        while (at < text.length && !SPACES.has(text.charAt(at)) && text.charAt(at) !== ',')
            at++;
        const version = WHOLE_VERSION.exec(text.slice(versionStart, at));
        if (version === null)
            return undefined;
        items.push({ operator, version });
        skipSpaces();
        const comma = text.charAt(at) === ',';
        if (comma) {
            at++;
            skipSpaces();
        }
        if (at === text.length)
            return comma ? undefined : items;
    }
}
function parseOne(operator, match) {
    const [whole = '', major = '', minor = '', patch = '', prerelease = ''] = match;
    const isWild = (part) => ['x', 'X', '*'].includes(part.replace(/^\./, ''));
    let written = whole;
    let wildcard = 'none';
    // The first wildcard or missing part decides; metadata and a "v" are dropped with it.
    if (isWild(major)) {
        written = `0.0.0${prerelease}`;
        wildcard = 'all';
    }
    else if (minor === '' || isWild(minor)) {
        written = `${major}.0.0${prerelease}`;
        wildcard = 'minor';
    }
    else if (patch === '' || isWild(patch)) {
        written = `${major}${minor}.0${prerelease}`;
        wildcard = 'patch';
    }
    const version = parseHelmVersion(written);
    return version === undefined ? undefined : { operator, version, wildcard };
}
/** Whether `version` satisfies the constraint: one group whose every constraint it meets. */
function satisfiesConstraint(reading, version) {
    return reading.groups.some(group => {
        // A prerelease is considered only by a group in which some constraint names one.
        const prereleaseAllowed = group.some(constraint => constraint.version.prerelease !== '');
        if (version.prerelease !== '' && !prereleaseAllowed)
            return false;
        return group.every(constraint => meets(version, constraint));
    });
}
function meets(v, c) {
    const order = compareVersions(v, c.version);
    // As Helm marks them: "*" is dirty only, "1.x" minor-dirty, "1.2" or "1.2.x" patch-dirty.
    const dirty = c.wildcard !== 'none';
    const minorDirty = c.wildcard === 'minor';
    const patchDirty = c.wildcard === 'patch';
    const con = c.version;
    switch (c.operator) {
        case '':
        case '=':
            return dirty ? tilde(v, c, order) : order === 0;
        case '!=':
            if (dirty) {
                if (v.major !== con.major)
                    return true;
                if (v.minor !== con.minor && !minorDirty)
                    return true;
                if (minorDirty)
                    return false;
                if (v.patch !== con.patch && !patchDirty)
                    return true;
                // "!=1.2.x" meets a 1.2 version only when the prereleases differ.
                if (patchDirty)
                    return v.prerelease !== con.prerelease;
            }
            return order !== 0;
        case '>':
            if (!dirty)
                return order > 0;
            if (v.major !== con.major)
                return v.major > con.major;
            if (minorDirty)
                return false;
            if (patchDirty)
                return v.minor > con.minor;
            return order > 0;
        case '<':
            return order < 0;
        case '>=':
        case '=>':
            return order >= 0;
        case '<=':
        case '=<':
            if (!dirty)
                return order <= 0;
            if (v.major > con.major)
                return false;
            return !(v.major === con.major && v.minor > con.minor && !minorDirty);
        case '~':
        case '~>':
            return tilde(v, c, order);
        case '^':
            return caret(v, c, order);
    }
}
function tilde(v, c, order) {
    if (order < 0)
        return false;
    const { major, minor, patch } = c.version;
    const minorDirty = c.wildcard === 'minor';
    // ~0.0.0 accepts everything from there (and so does "~*").
    if (major === 0n && minor === 0n && patch === 0n && !minorDirty && c.wildcard !== 'patch')
        return true;
    if (v.major !== major)
        return false;
    return v.minor === minor || minorDirty;
}
function caret(v, c, order) {
    if (order < 0)
        return false;
    const { major, minor, patch } = c.version;
    if (major > 0n || c.wildcard === 'minor')
        return v.major === major;
    if (v.major > 0n)
        return false;
    if (minor > 0n || c.wildcard === 'patch')
        return v.minor === minor;
    if (v.minor > 0n)
        return false;
    return v.patch === patch;
}

;// CONCATENATED MODULE: ./src/helm/kube-compatibility.ts
// Whether a chart's kubeVersion admits the cluster's Kubernetes, as Helm decides at install, in
// Helm's words, with a hint: the usual failure is an EKS or GKE version (a prerelease to Helm)
// against a constraint such as ">=1.21.0", fixed by writing ">=1.21.0-0".


function judgeKubeVersion(kubeVersion, target) {
    const reading = readConstraint(kubeVersion);
    if (!reading.ok)
        return {
            verdict: 'unreadable',
            message: `the chart's kubeVersion ${JSON.stringify(kubeVersion)} is not a constraint Helm can read (${reading.reason})`,
            hint: 'Helm refuses to install a chart whose kubeVersion it cannot read: fix kubeVersion in Chart.yaml and push the chart again.'
        };
    const passing = [];
    const failing = [];
    let releaseWouldPass = true;
    for (const text of target.serverVersions) {
        const version = parseHelmVersion(text);
        if (version !== undefined && satisfiesConstraint(reading, version)) {
            passing.push(text);
            continue;
        }
        failing.push(text);
        const release = version === undefined ? undefined : { ...version, prerelease: '' };
        if (release === undefined || !satisfiesConstraint(reading, release))
            releaseWouldPass = false;
    }
    const [firstFailing] = failing;
    if (firstFailing === undefined)
        return { verdict: 'compatible', passing };
    const message = `chart requires kubeVersion: ${kubeVersion} which is incompatible with Kubernetes ${firstFailing}${failing.length > 1 ? ` (and ${failing.length - 1} more of the versions ${target.label} stands for)` : ''}`;
    const prerelease = parseHelmVersion(firstFailing)?.prerelease ?? '';
    const fixed = withPrereleaseFloor(kubeVersion);
    const example = admitsAll(fixed, failing)
        ? `${JSON.stringify(fixed)} instead of ${JSON.stringify(kubeVersion)}`
        : 'each version written with "-0" (">=1.21.0-0", not ">=1.21.0")';
    const hint = releaseWouldPass && prerelease !== ''
        ? `The API server of ${target.label} reports ${firstFailing}, a prerelease to Helm, which only a constraint that names a prerelease admits: ${example}. Use a chart version whose kubeVersion does so, or ask its maintainers to.`
        : `The chart supports other Kubernetes versions than ${target.label}${passing.length > 0 ? ` (of those it stands for, only ${summarise(passing)})` : ''}: choose a chart version made for it, or check the profile's Kubernetes version.`;
    return { verdict: 'incompatible', message, hint, passing, failing };
}
function admitsAll(kubeVersion, versions) {
    const reading = readConstraint(kubeVersion);
    if (!reading.ok)
        return false;
    return versions.every(text => {
        const version = parseHelmVersion(text);
        return version !== undefined && satisfiesConstraint(reading, version);
    });
}
/** ">=1.21.0" becomes ">=1.21.0-0": each full version without a prerelease gets the lowest one. */
function withPrereleaseFloor(kubeVersion) {
    return kubeVersion.replace(/(\d+\.\d+\.\d+)(?![-.\d])/g, (version) => `${version}-0`);
}
/** "v1.31.3 to v1.31.39", or the list when they are few. */
function summarise(versions) {
    const first = versions[0] ?? '';
    const last = versions.at(-1) ?? '';
    return versions.length <= 3 ? versions.join(', ') : `${first} to ${last}`;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/yaml-text.ts
var yaml_text = __nccwpck_require__(7162);
;// CONCATENATED MODULE: ./src/helm/values-coalesce.ts
function isTable(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * The user's values over the defaults: tables merge key by key, the user's value wins, and the
 * user's null deletes the default (a null for a key without default stays null).
 */
function coalesce(defaults, user) {
    const merged = new Map(Object.entries(user));
    for (const [key, fallback] of Object.entries(defaults)) {
        if (!merged.has(key)) {
            merged.set(key, fallback);
            continue;
        }
        const given = merged.get(key);
        // Helm 4.1 deletes a default the user sets to null only when the default is not null itself.
        if (given === null) {
            if (fallback !== null)
                merged.delete(key);
        }
        else if (isTable(given) && isTable(fallback))
            merged.set(key, coalesce(fallback, given));
    }
    return Object.fromEntries(merged);
}
/**
 * The values of an install: the subcharts a declared condition turns off (first boolean found on
 * its comma-separated paths) are left out, as Helm removes them before coalescing again.
 */
function installValues(chart, chartDefaults, subchartDefaults, dependencies, user) {
    // A subchart declared twice under two aliases is installed twice, once under each.
    const every = chart.subcharts.flatMap(subchart => {
        const declared = dependencies.filter(dependency => dependency.name === subchart.name);
        if (declared.length === 0)
            return [{ subchart, key: subchart.name, condition: undefined }];
        return declared.map(dependency => ({
            subchart,
            key: dependency.alias ?? subchart.name,
            condition: dependency.condition
        }));
    });
    const parent = coalesce(chartDefaults, user);
    const all = withSubcharts(parent, every, subchartDefaults);
    const enabled = every.filter(entry => conditionHolds(all.values, entry.condition));
    const install = withSubcharts(parent, enabled, subchartDefaults);
    // Helm coalesces every subchart before it applies conditions: a disabled one's key counts too.
    const mismatch = all.mismatch ?? install.mismatch;
    return {
        values: install.values,
        subcharts: enabled.map(({ subchart, key }) => ({ subchart, key })),
        ...(mismatch === undefined ? {} : { mismatch })
    };
}
function withSubcharts(parent, subcharts, defaults) {
    const merged = new Map(Object.entries(parent));
    const globals = isTable(parent.global) ? parent.global : {};
    let mismatch;
    for (const { subchart, key } of subcharts) {
        const given = merged.get(key);
        if (given !== undefined && !isTable(given)) {
            mismatch ??= key;
            continue;
        }
        const own = coalesce(defaults.get(subchart) ?? {}, given ?? {});
        // The parent's globals reach every subchart, over the subchart's own.
        const subGlobals = isTable(own.global) ? own.global : {};
        merged.set(key, { ...own, global: coalesce(subGlobals, globals) });
    }
    const values = Object.fromEntries(merged);
    return mismatch === undefined ? { values } : { values, mismatch };
}
/** Helm trims the condition, not each path in it: "a.enabled, b.enabled" never finds " b". */
function conditionHolds(values, condition) {
    for (const path of (condition ?? '').trim().split(',')) {
        const found = valueAt(values, path);
        if (typeof found === 'boolean')
            return found;
    }
    return true;
}
function valueAt(values, path) {
    if (path === '')
        return undefined;
    let current = values;
    for (const key of path.split('.')) {
        if (!isTable(current) || !Object.hasOwn(current, key))
            return undefined;
        current = current[key];
    }
    return current;
}

;// CONCATENATED MODULE: ./src/helm/values-yaml.ts
// Values YAML as Helm reads it (sigs.k8s.io/yaml over go-yaml v2): YAML 1.1, so yes, no, on and
// off are booleans and 0755 is octal; but a date stays text, 1:30 is not base 60, and 0o17 is 15.
// A chart's values.yaml is read as Helm loads it: bounded, its documents merged, each a mapping.




const OCTAL_O = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^0o[0-7]+$/,
    resolve: text => Number.parseInt(text.slice(2), 8)
};
function helmTags(tags) {
    return [
        OCTAL_O,
        ...tags.filter(tag => typeof tag === 'string' ||
            (tag.tag !== 'tag:yaml.org,2002:timestamp' && tag.format !== 'TIME'))
    ];
}
const HELM_YAML = { version: '1.1', customTags: helmTags };
const MAX_VALUES_YAML_BYTES = 8 * 1024 * 1024;
/** A chart's values.yaml, or why Helm could not load it either. */
function readValuesYaml(text, chart) {
    if (text === undefined || text.trim() === '')
        return {};
    if (Buffer.byteLength(text) > MAX_VALUES_YAML_BYTES)
        return `${chart}: values.yaml is larger than the ${MAX_VALUES_YAML_BYTES / 1024 / 1024} MiB the gate reads`;
    // As Helm reads values.yaml: YAML 1.1, its documents merged in order, each a mapping.
    const nesting = (0,yaml_text/* blockNestingProblem */.Br)(text);
    if (nesting !== undefined)
        return `${chart}: values.yaml ${nesting}`;
    let merged = {};
    try {
        for (const document of dist.parseAllDocuments(text, {
            ...yaml_text/* QUIET_YAML */.Jt,
            ...HELM_YAML,
            uniqueKeys: false
        })) {
            if (document.errors.length > 0)
                throw document.errors[0];
            const parsed = document.toJS({ maxAliasCount: 1000 });
            if (parsed === null || parsed === undefined)
                continue;
            if (!isTable(parsed))
                return `${chart}: values.yaml holds a document that is not a mapping`;
            merged = mergeTables(merged, parsed);
        }
    }
    catch (error) {
        return `${chart}: values.yaml cannot be read: ${(0,errors/* errorMessage */.gJ)(error).split('\n')[0] ?? ''}`;
    }
    return merged;
}
/** A later document's tables merged into the earlier's, key by key. */
function mergeTables(base, over) {
    const merged = new Map(Object.entries(base));
    for (const [key, value] of Object.entries(over)) {
        const current = merged.get(key);
        merged.set(key, isTable(current) && isTable(value) ? mergeTables(current, value) : value);
    }
    return Object.fromEntries(merged);
}

;// CONCATENATED MODULE: ./src/palette/layer-values.ts
// A layer's values as Helm receives them from Palette: Palette's own `pack:` section removed, and
// its macros ({{.spectro.system.*}}, {{.spectro.var.NAME}}, ...) resolved by Palette at deploy time,
// so unknown here: each stands in as a marker that a check must not judge. Pure.



// Linear: a macro holds no brace and no line break, and is at most 256 characters long.
const MACRO = /\{\{\s*\.spectro\.([^{}\n]{0,256})\}\}/g;
const MARKER = '__palette_macro__';
/** Whether a value is, or contains, a Palette macro: only Palette knows what it will be. */
function holdsMacro(value) {
    return typeof value === 'string' && value.includes(MARKER);
}
/** The profile variables a layer's values use, without parsing them. */
function layerVariables(text) {
    return markMacros(text ?? '').variables;
}
/** The text with each macro replaced by the marker, and the variables the macros name. */
function markMacros(text) {
    const variables = new Set();
    const marked = text.replace(MACRO, (_, written) => {
        // `.spectro.var.NAME | default "x"` uses NAME too.
        const variable = /^var\.([A-Za-z0-9_-]+)/.exec(written.trim())?.[1];
        if (variable !== undefined)
            variables.add(variable);
        return MARKER;
    });
    return { marked, variables: [...variables] };
}
/** The layer's values; undefined when the layer gives none (the chart's own values apply). */
function readLayerValues(text) {
    if (text === undefined || text.trim() === '')
        return undefined;
    const { marked, variables } = markMacros(text);
    const lines = new dist.LineCounter();
    // The text was read strictly when the layer was planned (bounds, aliases, duplicate keys).
    // YAML 1.1, as Helm reads values (yes, no, on and off are booleans).
    const document = dist.parseDocument(marked, {
        ...yaml_text/* QUIET_YAML */.Jt,
        ...HELM_YAML,
        lineCounter: lines,
        uniqueKeys: false
    });
    const parsed = document.toJS({ maxAliasCount: 0 });
    const values = new Map(typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
        ? Object.entries(parsed)
        : []);
    values.delete('pack');
    return {
        values: Object.fromEntries(values),
        variables,
        lineOf: path => {
            let node = document.contents;
            for (const key of path.split('/').slice(1)) {
                const name = key.replaceAll('~1', '/').replaceAll('~0', '~');
                if ((0,dist.isMap)(node))
                    node = node.get(name, true);
                else if ((0,dist.isSeq)(node))
                    node = node.get(Number(name), true);
                else
                    return undefined;
            }
            const offset = (0,dist.isNode)(node) ? node.range?.[0] : undefined;
            return offset === undefined ? undefined : lines.linePos(offset).line;
        }
    };
}

;// CONCATENATED MODULE: ./src/gate/values-checks.ts
// A layer's values against what the chart and the profile allow: the profile variables the values
// use are declared, every values.yaml of the chart loads, each subchart's values are a mapping,
// and the values Helm would install with meet each chart's values.schema.json. Pure but for a
// cache of parsed values.yaml per chart; the schema check is handed in (it runs in a worker).



const MAX_VIOLATIONS_SHOWN = 10;
function hasSchema(chart) {
    const { contents } = chart;
    return contents.schema !== undefined || contents.subcharts.some(sub => sub.schema !== undefined);
}
async function judgeValues(chart, settings, valuesText, checkValues) {
    const verdict = {
        refusals: [],
        warnings: [],
        coalesced: false,
        schemaChecked: false,
        variablesChecked: false
    };
    if (settings.variables !== undefined) {
        verdict.variablesChecked = true;
        const undeclared = layerVariables(valuesText).filter(name => !settings.variables?.includes(name));
        if (undeclared.length > 0)
            verdict.refusals.push({
                check: 'profile-variables',
                message: `the values use ${undeclared.map(name => `{{.spectro.var.${name}}}`).join(', ')}, which the profile does not declare in spec.variables`,
                hint: 'Declare each variable in the profile (Profile variables in Palette, spec.variables in the export), or correct its name in the values.'
            });
    }
    // Helm loads every values.yaml before anything else: one it cannot read stops the install.
    const defaults = readDefaults(chart);
    if (typeof defaults === 'string') {
        verdict.refusals.push({
            check: 'archive',
            message: defaults,
            hint: "Fix the chart's values.yaml, package the chart and push it again."
        });
        return verdict;
    }
    if (!hasSchema(chart) && chart.contents.subcharts.length === 0)
        return verdict;
    verdict.coalesced = true;
    // Parsed only here: most charts have neither a schema nor subcharts.
    const layer = readLayerValues(valuesText);
    const install = installValues(chart.contents, defaults.chart, defaults.subcharts, chart.requirements.dependencies, layer?.values ?? {});
    if (install.mismatch !== undefined) {
        verdict.refusals.push({
            check: 'values',
            message: `type mismatch on ${install.mismatch}: the values of a subchart must be a mapping`,
            hint: `Write ${install.mismatch}: as a mapping of the subchart's values in the layer's values (or leave it out).`
        });
        return verdict;
    }
    if (checkValues === undefined || !hasSchema(chart))
        return verdict;
    const judged = [];
    if (chart.contents.schema !== undefined)
        judged.push({
            chart: chart.metadata.name,
            prefix: '',
            schema: chart.contents.schema,
            values: install.values
        });
    for (const { subchart, key } of install.subcharts)
        if (subchart.schema !== undefined)
            judged.push({
                // Helm names a subchart by its alias.
                chart: key,
                prefix: `/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`,
                schema: subchart.schema,
                values: install.values[key]
            });
    const failures = [];
    for (const entry of judged) {
        const judgement = await checkValues(entry.schema, entry.values);
        if (judgement.kind !== 'not-checked')
            verdict.schemaChecked = true;
        if (judgement.kind === 'not-checked')
            verdict.warnings.push(`${entry.chart}: ${judgement.reason}; its values were not checked`);
        if (judgement.kind === 'unusable') {
            verdict.refusals.push({
                check: 'values-schema',
                message: `${entry.chart}: ${judgement.reason}`,
                hint: 'Fix values.schema.json in the chart (Helm checks it against its metaschema before the values), package the chart and push it again.'
            });
            continue;
        }
        if (judgement.kind !== 'violations')
            continue;
        const shown = judgement.violations.filter(violation => !holdsMacro(violation.value));
        if (shown.length > 0)
            failures.push(`${entry.chart}: ${describeViolations(shown, entry.prefix, layer, settings)}`);
    }
    if (failures.length > 0)
        verdict.refusals.push({
            check: 'values-schema',
            message: `values don't meet the specifications of the schema(s) in the following chart(s): ${failures.join('; ')}`,
            hint: "Correct the layer's values at the paths named, or choose a chart version whose values.schema.json admits them; a value set by a Palette macro is not judged."
        });
    return verdict;
}
function describeViolations(violations, prefix, layer, settings) {
    const described = violations.slice(0, MAX_VIOLATIONS_SHOWN).map(violation => {
        const path = `${prefix}${violation.path}`;
        const line = profileLine(path, layer, settings);
        return `at '${path}'${line === undefined ? '' : ` (${line})`}: ${violation.message}`;
    });
    const more = violations.length - described.length;
    return `${described.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}
/** The profile line that sets the value at a path, when the layer's own values set it. */
function profileLine(path, layer, settings) {
    const at = settings.valuesAt;
    if (layer === undefined || at === undefined || path === '')
        return undefined;
    const line = layer.lineOf(path);
    if (line === undefined)
        return undefined;
    return `${at.file}:${at.block ? at.line + line : at.line}`;
}
/** Read once per chart, whatever the number of layers that use it (nothing mutates them). */
const defaultsOf = new WeakMap();
function readDefaults(chart) {
    const known = defaultsOf.get(chart);
    if (known !== undefined)
        return known;
    const defaults = parseAllDefaults(chart);
    defaultsOf.set(chart, defaults);
    return defaults;
}
/** The chart's and each subchart's values.yaml, or why Helm could not read them either. */
function parseAllDefaults(chart) {
    const own = readValuesYaml(chart.contents.values, chart.metadata.name);
    if (typeof own === 'string')
        return own;
    const subcharts = new Map();
    for (const subchart of chart.contents.subcharts) {
        const values = readValuesYaml(subchart.values, subchart.name);
        if (typeof values === 'string')
            return values;
        subcharts.set(subchart, values);
    }
    return { chart: own, subcharts };
}

;// CONCATENATED MODULE: ./src/gate/deploy-checks.ts
// Will Helm install this chart version as Palette does, on the layer's Kubernetes, with the layer's
// values? Judged from the config and archive the check read anyway. Pure: the verified chart, the
// settings and the layer's values in; the checks that ran, the refusals in Helm's order (library,
// dependencies, values schema, kubeVersion) and the warnings out.



async function judgeDeployment(chart, settings, valuesText, checkValues) {
    const { requirements } = chart;
    const ran = ['archive', 'api-version', 'chart-type', 'dependencies'];
    const refusals = judgeInstallable(requirements, chart.contents);
    const warnings = requirements.deprecated
        ? [
            `${chart.metadata.name} ${chart.metadata.version} is deprecated (Chart.yaml says deprecated: true); Helm installs it with a warning`
        ]
        : [];
    const values = await judgeValues(chart, settings, valuesText, checkValues);
    if (values.coalesced)
        ran.push('values');
    if (values.schemaChecked)
        ran.push('values-schema');
    if (values.variablesChecked)
        ran.push('profile-variables');
    refusals.push(...values.refusals);
    warnings.push(...values.warnings);
    const kubernetes = judgeKubernetes(chart, settings);
    if (kubernetes.checked)
        ran.push('kube-version');
    if (kubernetes.refusal !== undefined)
        refusals.push(kubernetes.refusal);
    return { ran, refusals, warnings, kubernetes: kubernetes.evidence };
}
function judgeKubernetes(chart, settings) {
    const choice = settings.kubernetes;
    if (!choice.known)
        return { checked: false, evidence: { checked: false, reason: choice.reason } };
    const { kubeVersion } = chart.requirements;
    const evidence = {
        checked: true,
        target: choice.label,
        source: choice.source,
        kubeVersion: kubeVersion ?? null
    };
    if (kubeVersion === undefined)
        return { checked: true, evidence: { ...evidence, verdict: 'no-constraint', failing: [] } };
    const judged = choice.targets.map(target => judgeKubeVersion(kubeVersion, { label: choice.label, serverVersions: target.serverVersions }));
    const failed = judged.find((judgement) => judgement.verdict !== 'compatible');
    const failing = judged.flatMap(judgement => judgement.verdict === 'incompatible' ? judgement.failing : []);
    return {
        checked: true,
        evidence: { ...evidence, verdict: failed?.verdict ?? 'compatible', failing },
        ...(failed === undefined
            ? {}
            : { refusal: { check: 'kube-version', message: failed.message, hint: failed.hint } })
    };
}

// EXTERNAL MODULE: ./src/helm/schema-runner.ts
var schema_runner = __nccwpck_require__(9496);
;// CONCATENATED MODULE: ./src/gate/deploy-outcome.ts



/**
 * A valid outcome judged for installing (deploy-checks on): invalid, in Helm's words, when Helm
 * would refuse the chosen chart or another build a region holds; the evidence kept either way.
 */
async function withDeployChecks(outcome, settings, valuesText) {
    if (!settings.checks || !outcome.valid)
        return outcome;
    const { chosen } = outcome;
    // Regions may hold other builds (without require-all-regions): each is installed somewhere.
    const builds = new Map([[chosen.chart.digest, chosen]]);
    for (const { result } of outcome.checks)
        if (result.valid && !builds.has(result.chart.digest))
            builds.set(result.chart.digest, result);
    const checkValues = [...builds.values()].some(build => hasSchema(build.chart))
        ? await (0,schema_runner/* schemaChecker */.x)()
        : undefined;
    const judged = [];
    for (const build of builds.values())
        judged.push({
            build,
            deployment: await judgeDeployment(build.chart, settings, valuesText, checkValues)
        });
    const refused = judged.find(({ deployment }) => deployment.refusals.length > 0);
    const deployment = judged[0]?.deployment;
    if (deployment === undefined)
        throw new Error('withDeployChecks: no chart was judged');
    if (refused === undefined) {
        const document = {
            ...chosen.document,
            verification: { ...chosen.document.verification, deployment: deploymentRecord(deployment) }
        };
        return { ...outcome, chosen: { ...chosen, document }, deployment };
    }
    const region = refused.build === chosen ? '' : ` (region ${refused.build.target.region ?? ''})`;
    return {
        valid: false,
        checks: outcome.checks,
        verdict: 'will-not-install',
        message: `Helm will not install oci://${refused.build.target.reference}${region}: ${refused.deployment.refusals.map(refusal => refusal.message).join('; ')}`,
        hint: refused.deployment.refusals.map(refusal => refusal.hint).join(' '),
        deployment: refused.deployment
    };
}
/** The deploy checks as the manifest's verification and the results record them. */
function deploymentRecord(deployment) {
    return {
        checks: deployment.ran,
        failed: deployment.refusals.map(refusal => refusal.check),
        kubernetes: deployment.kubernetes
    };
}


/***/ }),

/***/ 6132:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   cL: () => (/* binding */ repositoryFor),
/* harmony export */   dH: () => (/* binding */ planChecks),
/* harmony export */   uR: () => (/* binding */ packRegistryFor)
/* harmony export */ });
/* harmony import */ var _helm_tags_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1343);
/* harmony import */ var _inputs_request_auth_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7595);


function repositoryFor(baseContentPath, chartName) {
    return baseContentPath === '' ? chartName : `${baseContentPath}/${chartName}`;
}
/** The registry as the layer names it: Palette's name and uid, and whether it needs credentials. */
function packRegistryFor(request) {
    const { registry } = request;
    return {
        name: registry.name,
        ...(registry.uid === undefined ? {} : { uid: registry.uid }),
        isPrivate: (0,_inputs_request_auth_js__WEBPACK_IMPORTED_MODULE_0__/* .usesCredentials */ .DH)(registry.auth)
    };
}
function planChecks(request) {
    const { endpoints } = request.registry;
    const [first, ...rest] = endpoints.deployment;
    return {
        deployment: [targetFor(request, first), ...rest.map(entry => targetFor(request, entry))],
        ...(endpoints.fallback === undefined
            ? {}
            : { fallback: targetFor(request, endpoints.fallback) }),
        requireAll: endpoints.requireAll
    };
}
function targetFor(request, { region, endpoint }) {
    const repository = repositoryFor(request.registry.baseContentPath, request.chart.name);
    const tag = (0,_helm_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .tagForVersion */ .a)(request.chart.version);
    return {
        chart: request.chart,
        endpoint,
        region,
        repository,
        tag,
        reference: `${endpoint.authority}/${repository}:${tag}`
    };
}


/***/ }),

/***/ 1723:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ GateSession)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/helm/chart.ts
var chart = __nccwpck_require__(564);
;// CONCATENATED MODULE: ./src/helm/findings.ts
// A finding in the user's words: the message and the hint that say what to do about it.


function describeFinding(target, finding) {
    const where = `oci://${target.reference}`;
    switch (finding.verdict) {
        case 'missing-repository':
            return {
                message: `Repository ${target.repository} does not exist on ${target.endpoint.authority}`,
                hint: 'Check the chart name and base-content-path (the path under which the charts live, e.g. "charts" or a Harbor project).'
            };
        case 'missing-version':
            return {
                message: `Chart ${target.chart.name} version ${target.chart.version} is not in ${target.endpoint.authority}/${target.repository}`,
                hint: missingVersionHint(finding.nearest, finding.listing)
            };
        case 'missing-content':
            return {
                message: `oci://${target.reference} cannot be pulled: ${finding.reason}`,
                hint: 'The manifest points at content the registry no longer has (garbage-collected or a broken push); push the chart again.'
            };
        case 'not-a-chart':
            return {
                message: `${where} is not a Helm chart: ${finding.reason}`,
                hint: 'Push the chart with `helm push` (Helm 3.8+) to this tag, or point the gate at the repository that holds the chart.'
            };
        case 'wrong-content-type':
            return {
                message: `oci://${target.reference} cannot be pulled by Helm: the registry serves its manifest ${finding.contentType === undefined ? 'without a Content-Type' : `as ${(0,errors/* quoted */.TL)(finding.contentType)}`}, not as ${chart/* MEDIA_TYPES */.Z.ociManifest}`,
                hint: 'Helm, and so Palette, refuses a chart manifest served with any other Content-Type. A proxy, CDN or web server in front of the registry may rewrite it: fix that, or point the endpoint at the registry itself. A chart stored under another manifest type (pushed by another tool): push it again with `helm push`.'
            };
        case 'mismatch':
            return {
                message: `${where} does not hold ${target.chart.name} ${target.chart.version}: ${finding.reason}`,
                hint: 'Palette matches the chart name and version exactly: push the right chart to this tag, or fix the chart and version inputs.'
            };
    }
}
function missingVersionHint(nearest, listing) {
    if (!listing.listed) {
        return listing.denied
            ? `The versions could not be listed (${listing.reason}); with permission to list tags the gate names the nearest ones.`
            : `The versions could not be listed (${listing.reason}), so the gate cannot name the nearest ones that exist.`;
    }
    const partly = listing.incomplete === undefined
        ? ''
        : ` The listing was cut short (${listing.incomplete}); this is from ${listing.tags.length === 1 ? 'the one tag' : `the ${listing.tags.length} tags`} read.`;
    if (nearest.length > 0)
        return `Nearest versions that exist: ${nearest.join(', ')}.${partly}`;
    if (listing.tags.length === 0)
        return listing.incomplete === undefined
            ? 'The repository has no tags at all; push the chart first.'
            : `No tags could be read (${listing.incomplete}).`;
    const sample = (0,errors/* quoted */.TL)(listing.tags.slice(0, 5).join(', '));
    return `No tag of the repository is a semantic version (found: ${sample}${listing.tags.length > 5 ? ', …' : ''}).${partly}`;
}

// EXTERNAL MODULE: ./src/palette/layer.ts
var palette_layer = __nccwpck_require__(3266);
;// CONCATENATED MODULE: ./src/registry/challenge.ts
// WWW-Authenticate (RFC 9110 §11.6.1): one or more challenges, each a scheme with auth-params.
// Never throws: a header the gate cannot read yields no challenges, and the caller says so.
const TOKEN_CHAR = /[!#$%&'*+.^_`|~0-9A-Za-z-]/;
function parseChallenges(header) {
    const challenges = [];
    let position = 0;
    const skip = (pattern) => {
        while (position < header.length && pattern.test(header.charAt(position)))
            position++;
    };
    const readToken = () => {
        const start = position;
        skip(TOKEN_CHAR);
        return header.slice(start, position);
    };
    const readUntilSeparator = () => {
        const start = position;
        skip(/[^\s,]/);
        return header.slice(start, position);
    };
    const readQuoted = () => {
        let value = '';
        position++; // opening quote
        while (position < header.length) {
            const char = header.charAt(position++);
            if (char === '"')
                return value;
            if (char === '\\' && position < header.length)
                value += header.charAt(position++);
            else
                value += char;
        }
        return value; // unterminated: take what there is
    };
    while (position < header.length) {
        skip(/[\s,]/);
        const scheme = readToken();
        if (scheme === '') {
            position++; // not a token: step over it
            continue;
        }
        const challenge = { scheme: scheme.toLowerCase(), params: {} };
        challenges.push(challenge);
        for (;;) {
            const mark = position;
            skip(/[\s,]/);
            const name = readToken();
            skip(/[ \t]/);
            if (name === '' || header.charAt(position) !== '=') {
                // A token68 value, or the scheme of the next challenge.
                position = name === '' ? Math.max(position, mark + 1) : mark;
                if (name !== '' || position >= header.length)
                    break;
                continue;
            }
            position++; // '='
            skip(/[ \t]/);
            // Unquoted values should be tokens; registries also send bare URLs, so read up to a separator.
            const value = header.charAt(position) === '"' ? readQuoted() : readUntilSeparator();
            challenge.params[name.toLowerCase()] = value;
            skip(/[ \t]/);
            if (header.charAt(position) !== ',')
                break;
        }
    }
    return challenges;
}

;// CONCATENATED MODULE: ./src/registry/credential-trial.ts
/** A registry that answers about the content (or denies it) has accepted the Basic credentials. */
function basicVerdict(status) {
    if (status === 401)
        return 'refused';
    return (status >= 200 && status < 300) || status === 403 || status === 404
        ? 'accepted'
        : 'undecided';
}
/**
 * A token, or a 403 for the scope, means the token service accepted the credentials. A 400 to
 * several scopes at once decides nothing: the one-scope request that follows does.
 */
function tokenVerdict(status) {
    if (status === 401)
        return 'refused';
    return status === 200 || status === 403 ? 'accepted' : 'undecided';
}
class CredentialTrial {
    accepted = false;
    refusal;
    pending;
    /** The error the service's refusal became, once it has refused the credentials. */
    get refused() {
        return this.refusal;
    }
    /**
     * Sends a request that carries the credentials, once they may be sent: at once when accepted,
     * after the request in flight while undecided, never when refused (the refusal is thrown).
     */
    async send(request, judge, refusal) {
        for (;;) {
            if (this.refusal !== undefined)
                throw this.refusal;
            if (this.accepted)
                return request();
            if (this.pending === undefined)
                break;
            await this.pending.catch(() => undefined);
        }
        const attempt = request()
            .then(response => {
            const verdict = judge(response);
            if (verdict === 'refused') {
                this.refusal ??= refusal();
                throw this.refusal;
            }
            if (verdict === 'accepted')
                this.accepted = true;
            return response;
        })
            .finally(() => {
            if (this.pending === attempt)
                this.pending = undefined;
        });
        this.pending = attempt;
        return attempt;
    }
}
/** The run's trials, one per service and set of credentials. */
class CredentialTrials {
    trials = new Map();
    /** `service`: who judges the credentials (the registry's origin, or a token service's realm). */
    of(service, authorization) {
        // The key lives in memory only, beside the header it is made of.
        const key = `${service}\n${authorization}`;
        let trial = this.trials.get(key);
        if (trial === undefined) {
            trial = new CredentialTrial();
            this.trials.set(key, trial);
        }
        return trial;
    }
}

// EXTERNAL MODULE: ./src/json.ts
var json = __nccwpck_require__(8301);
;// CONCATENATED MODULE: ./src/registry/token-request.ts
// The Docker token protocol: the token URL a Bearer challenge asks for (with the scopes of other
// repositories the run will read, within a URL length every proxy accepts), and the token read
// from the answer. Sending it, and the credentials' trial, are auth.ts's.


const DEFAULT_TOKEN_LIFETIME_SECONDS = 60;
// Far below the 8 KiB of request line and headers that common proxies and registries accept.
const MAX_TOKEN_URL_LENGTH = 6000;
/** The request for a token to pull `repository`, and as many of `others` as fit. */
function tokenRequest(registryName, challenge, repository, others) {
    const url = parseRealm(challenge.params.realm ?? '');
    if (url === undefined) {
        throw new errors/* AuthenticationError */.v3(`${registryName} sent a Bearer challenge whose realm is not an http(s) URL`, 'The registry is misconfigured; its token service cannot be found.');
    }
    const service = `token ${url.origin}${url.pathname}`;
    if (challenge.params.service !== undefined)
        url.searchParams.set('service', challenge.params.service);
    const scopes = (challenge.params.scope ?? `repository:${repository}:pull`)
        .split(' ')
        .filter(scope => scope !== '');
    for (const scope of scopes)
        url.searchParams.append('scope', scope);
    const shared = [];
    // Other repositories only beside repository scopes: a registry's own scope stays alone.
    if (scopes.every(scope => scope.startsWith('repository:'))) {
        for (const other of others) {
            const scope = `repository:${other}:pull`;
            if (url.href.length + scope.length + 8 > MAX_TOKEN_URL_LENGTH)
                break;
            url.searchParams.append('scope', scope);
            shared.push(other);
        }
    }
    return { url, service, shared };
}
/** The token in a token service's answer; its refusals (except 401, the caller's) as typed errors. */
function tokenFromResponse(registryName, repository, request, response) {
    const { origin } = request.url;
    if (response.status === 403) {
        throw new errors/* PermissionError */.i_(`The token service of ${registryName} refused a pull token for ${repository} (403)`, 'Give the user pull (read) permission on this repository or project.');
    }
    if (response.status !== 200) {
        throw new errors/* RegistryError */.gl(`The token service at ${origin} answered ${response.status}`, 'Check that the registry and its token service are healthy.');
    }
    const token = readToken(response.body);
    if (token === undefined) {
        throw new errors/* RegistryError */.gl(`The token service at ${origin} sent no token`, "The registry's token service is misconfigured.");
    }
    return token;
}
function parseRealm(realm) {
    try {
        const url = new URL(realm);
        return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
    }
    catch {
        return undefined;
    }
}
function readToken(body) {
    const fields = (0,json/* parseJsonObject */.dw)(body);
    if (fields === undefined)
        return undefined;
    const value = typeof fields.token === 'string' && fields.token !== '' ? fields.token : fields.access_token;
    if (typeof value !== 'string' || value === '')
        return undefined;
    const expiresIn = typeof fields.expires_in === 'number' && fields.expires_in > 0
        ? fields.expires_in
        : DEFAULT_TOKEN_LIFETIME_SECONDS;
    return { value, expiresInSeconds: expiresIn };
}

;// CONCATENATED MODULE: ./src/registry/auth.ts
// Answers registry challenges: Basic with the credentials, or Bearer tokens fetched from the realm
// (anonymously or with Basic credentials) and kept for the rest of the run. Credentials the registry
// or its token service refused are never sent again in the run (see credential-trial.ts).




class RegistryAuthenticator {
    credentials;
    transport;
    mask;
    registryName;
    requiredNotice;
    trials;
    basicAuthorization;
    usesBasic = false;
    tokens = new Map();
    /** Repositories the run will read: one token request may ask for all of them. */
    expected = new Set();
    /** Repositories whose token was asked for on behalf of another one. */
    covered = new Set();
    /** The token service refused several scopes at once: one repository per request from now on. */
    singleScope = false;
    fetching;
    /** The registry or its token service refused the credentials: nothing more is sent for them. */
    refusal;
    /** The first exchange with the registry; settles (never rejects) when it has run. */
    firstExchange;
    constructor(credentials, transport, mask, registryName, 
    /** Replaces the generic message when a registry demands credentials none were given for. */
    requiredNotice, 
    /** The run's: registries that share a host (or a token service) and credentials share a verdict. */
    trials = new CredentialTrials()) {
        this.credentials = credentials;
        this.transport = transport;
        this.mask = mask;
        this.registryName = registryName;
        this.requiredNotice = requiredNotice;
        this.trials = trials;
        if (credentials.type === 'basic') {
            this.basicAuthorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
            mask(this.basicAuthorization.slice('Basic '.length));
        }
    }
    /** Whether the Authorization headers sent stem from user credentials (not an anonymous token). */
    get hasCredentials() {
        return this.basicAuthorization !== undefined;
    }
    /**
     * Sends a registry request with the Authorization the registry has asked for (none before its
     * first challenge). Throws the refusal instead once the credentials were refused.
     */
    async send(repository, url, deliver) {
        if (this.refusal !== undefined)
            throw this.refusal;
        if (!this.usesBasic)
            return deliver(this.tokenFor(repository));
        return this.withCredentials(`registry ${url.origin}`, deliver, basicVerdict);
    }
    /**
     * Runs the registry's first exchange alone: it learns how the registry authenticates (and fetches
     * the token for every repository of the run), so that the exchanges that waited for it never meet
     * a 401. Once it has settled, however it ended, exchanges run side by side.
     */
    async exchange(run) {
        if (this.firstExchange !== undefined) {
            await this.firstExchange;
            return run();
        }
        const first = run();
        this.firstExchange = first.then(() => undefined, () => undefined);
        return first;
    }
    /**
     * Handles a 401 to a request sent with `sent` (its Authorization, if any): learns the scheme,
     * fetches a token if needed. Throws when it cannot answer. 'raced' when the request only left
     * before the token that covers it came back: nothing was asked, and a 401 to it again is news.
     */
    async answer(repository, wwwAuthenticate, sent) {
        if (this.refusal !== undefined)
            throw this.refusal;
        const challenges = parseChallenges(wwwAuthenticate ?? '');
        const bearer = challenges.find(challenge => challenge.scheme === 'bearer' && challenge.params.realm !== undefined);
        if (bearer !== undefined) {
            const live = this.tokenFor(repository);
            // The request left before the token that covers its repository came back: send it again.
            if (live !== undefined && live !== sent)
                return 'raced';
            // A live token asked for on behalf of this repository was sent and refused: it did not
            // cover it, so ask for one repository at a time. An expired one only needs renewing.
            if (this.covered.has(repository)) {
                if (live !== undefined)
                    this.singleScope = true;
                this.tokens.delete(repository);
                this.covered.delete(repository);
            }
            // One token request at a time: the one in flight may cover this repository too.
            const pending = this.fetching;
            if (pending !== undefined) {
                await pending.catch(() => undefined);
                if (this.tokenFor(repository) !== undefined)
                    return 'raced';
            }
            const fetching = this.fetchToken(repository, bearer).finally(() => {
                if (this.fetching === fetching)
                    this.fetching = undefined;
            });
            this.fetching = fetching;
            await fetching;
            return 'answered';
        }
        if (challenges.some(challenge => challenge.scheme === 'basic')) {
            if (this.basicAuthorization === undefined)
                throw this.credentialsRequired();
            this.usesBasic = true;
            return 'answered';
        }
        throw new errors/* AuthenticationError */.v3(`${this.registryName} answered 401 with a challenge the gate cannot answer: ${wwwAuthenticate === undefined ? '(no WWW-Authenticate header)' : (0,errors/* quoted */.TL)(wwwAuthenticate)}`, 'The gate speaks Basic and Bearer token authentication; check the endpoint.');
    }
    /** Repositories the run will read on this registry, so that one token request covers them all. */
    expect(repositories) {
        for (const repository of repositories)
            this.expected.add(repository);
    }
    /** The registry still says 401 after the challenge was answered. */
    rejected(repository, wwwAuthenticate) {
        if (this.credentials.type === 'anonymous')
            return this.credentialsRequired();
        // A token that is valid but grants too little: the user exists and lacks pull rights.
        const insufficient = parseChallenges(wwwAuthenticate ?? '').some(challenge => challenge.params.error === 'insufficient_scope');
        if (insufficient && repository !== undefined) {
            return new errors/* PermissionError */.i_(`${this.registryName} accepted user ${(0,errors/* shown */.SP)(this.credentials.username)} but gave no pull access to ${repository} (insufficient_scope)`, 'Grant the user pull (read) permission on this repository, or check the chart and base-content-path: some registries answer this way for a repository that does not exist.');
        }
        return new errors/* AuthenticationError */.v3(`${this.registryName} rejected the credentials of user ${(0,errors/* shown */.SP)(this.credentials.username)} (401)`, 'Check username and password (for Azure Container Registry, the admin user or a token with pull rights). Some registries (Docker Hub) also answer 401 for a repository that does not exist: check the chart and base-content-path.');
    }
    /** The credentials themselves were refused: final for this registry in this run. */
    refused() {
        const user = this.credentials.type === 'basic' ? ` of user ${(0,errors/* shown */.SP)(this.credentials.username)}` : '';
        return new errors/* AuthenticationError */.v3(`${this.registryName} rejected the credentials${user} (401); they are not sent to it again in this run`, 'Check the username and the password (or token, or the secret that holds it). Refused credentials are sent once per registry and run, so that retries cannot lock the account: every chart on this registry fails until they are fixed.');
    }
    /** Sends a request that carries the credentials, through their trial at `service`. */
    async withCredentials(service, deliver, judge) {
        const authorization = this.basicAuthorization;
        if (authorization === undefined)
            return deliver(undefined);
        const trial = this.trials.of(service, authorization);
        try {
            return await trial.send(() => deliver(authorization), response => judge(response.status), () => this.refused());
        }
        finally {
            this.refusal ??= trial.refused;
        }
    }
    tokenFor(repository) {
        const token = this.tokens.get(repository);
        return token !== undefined && token.expiresAt > Date.now() ? token.authorization : undefined;
    }
    credentialsRequired() {
        if (this.requiredNotice !== undefined)
            return new errors/* AuthenticationError */.v3(this.requiredNotice.message, this.requiredNotice.hint);
        return new errors/* AuthenticationError */.v3(`${this.registryName} requires credentials and none were given`, 'Set the username and password inputs (store the password in a GitHub secret). A registry that answers 401 to anonymous pulls may also do so for a repository that does not exist.');
    }
    async fetchToken(repository, challenge, alone = this.singleScope) {
        const request = tokenRequest(this.registryName, challenge, repository, alone ? [] : this.uncovered(repository));
        // GET, not the OAuth2 POST form: GHCR and Harbor answer 405 to POST.
        const response = await this.withCredentials(request.service, authorization => this.transport.send({
            method: 'GET',
            url: request.url,
            headers: {
                accept: 'application/json',
                ...(authorization === undefined ? {} : { authorization })
            },
            maxBodyBytes: 1024 * 1024
        }), tokenVerdict);
        // A token service that refuses several scopes at once gets one at a time. A 401 refuses the
        // credentials (or their absence), whatever the scopes: asking again per scope would repeat it.
        if (response.status !== 200 && response.status !== 401 && request.shared.length > 0) {
            this.singleScope = true;
            return this.fetchToken(repository, challenge, true);
        }
        if (response.status === 401)
            throw this.rejected();
        const token = tokenFromResponse(this.registryName, repository, request, response);
        this.mask(token.value);
        // Renew a little early so a token never expires between two requests.
        const cached = {
            authorization: `Bearer ${token.value}`,
            expiresAt: Date.now() + Math.max(1, token.expiresInSeconds - 5) * 1000
        };
        this.tokens.set(repository, cached);
        for (const other of request.shared) {
            this.tokens.set(other, cached);
            this.covered.add(other);
        }
    }
    uncovered(repository) {
        return [...this.expected].filter(other => other !== repository && this.tokenFor(other) === undefined);
    }
}

// EXTERNAL MODULE: ./src/digest.ts
var src_digest = __nccwpck_require__(2187);
// EXTERNAL MODULE: ./src/registry/media-types.ts
var media_types = __nccwpck_require__(9867);
// EXTERNAL MODULE: ./src/registry/transport-failures.ts
var transport_failures = __nccwpck_require__(3740);
;// CONCATENATED MODULE: ./src/registry/client.ts
// The OCI distribution API, read-only: manifests, blobs and paged tag lists, with auth and digest
// verification. Beyond the manifest media types it asks for, it knows nothing of charts, ECR or Palette.





const MANIFEST_ACCEPT = Object.values(media_types/* MANIFEST_MEDIA_TYPES */.$).join(', ');
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
// Bounds on one tag listing; see docs/reliability.md. Far above any real chart repository.
// A page of 1,000 tags (ECR's largest) is about 30 KB; 1 MiB holds some 50,000. Larger pages cost
// their size several times over while they are parsed, and a run must stay small.
const MAX_PAGE_BYTES = 1024 * 1024;
const MAX_TAG_LIST_BYTES = 8 * 1024 * 1024;
const MAX_TAGS = 100_000;
const MAX_TAG_PAGES = 200;
// ECR refuses page sizes above 1000.
const TAG_PAGE_SIZE = 1000;
class RegistryClient {
    endpoint;
    transport;
    authenticator;
    constructor(endpoint, transport, authenticator) {
        this.endpoint = endpoint;
        this.transport = transport;
        this.authenticator = authenticator;
    }
    // A GET gives both the bytes the verdict needs and the digest, computed here: registries that
    // omit Docker-Content-Digest (on HEAD or GET), or fail HEAD, need no special path.
    async fetchManifest(repository, tag) {
        const response = await this.get(repository, `manifests/${tag}`, { accept: MANIFEST_ACCEPT }, MAX_MANIFEST_BYTES);
        if (response.status === 404)
            return { found: false, errorCode: registryErrorCode(response.body) };
        this.expectOk(response, `the manifest of ${repository}:${tag}`);
        const digest = (0,src_digest/* digestOf */.ol)(response.body, 'sha256');
        const reported = response.headers['docker-content-digest'];
        if (reported !== undefined)
            verifyDigest(response.body, reported, `the manifest of ${repository}:${tag}`);
        return {
            found: true,
            bytes: response.body,
            contentType: response.headers['content-type'],
            digest
        };
    }
    /** The blob's bytes, verified against its digest; undefined when the registry does not have it. */
    async fetchBlob(repository, blob, maxBytes) {
        if (blob.size > maxBytes) {
            throw new errors/* RegistryError */.gl(`Blob ${blob.digest} in ${repository} is ${blob.size} bytes; the gate reads at most ${maxBytes}`, 'This is larger than any Helm chart config or archive the gate expects.');
        }
        const response = await this.get(repository, `blobs/${blob.digest}`, {}, maxBytes);
        if (response.status === 404)
            return undefined;
        this.expectOk(response, `blob ${blob.digest} of ${repository}`);
        verifyDigest(response.body, blob.digest, `blob ${blob.digest} of ${repository}`);
        return response.body;
    }
    /**
     * Whether the registry has the blob, asked without downloading it. 'unknown' when the answer is
     * neither yes nor no (a redirect to storage that refuses HEAD, say): the caller downloads then.
     */
    async blobPresence(repository, digest) {
        let response;
        try {
            response = await this.send(repository, this.url(repository, `blobs/${digest}`), {}, 0, 'HEAD');
        }
        catch (error) {
            if (error instanceof errors/* DeadlineError */.j3 || !(error instanceof errors/* GateError */.ue))
                throw error;
            return 'unknown';
        }
        if (response.status === 200)
            return 'present';
        if (response.status === 404)
            return 'missing';
        return 'unknown';
    }
    /**
     * The repository's tags, page after page, within bounds a registry cannot stretch: MAX_TAGS tags,
     * MAX_TAG_PAGES pages, and no page once MAX_TAG_LIST_BYTES have been read (so at most one page
     * more). Each page is read once. Past a bound, when a page links back to one already read, or
     * when a later page fails, the tags read so far come back with the reason the listing stopped.
     * Undefined when the repository does not exist.
     */
    async listTags(repository) {
        const tags = [];
        const read = new Set();
        let bytes = 0;
        let url = this.url(repository, `tags/list?n=${TAG_PAGE_SIZE}`);
        for (;;) {
            read.add(url.href);
            let response;
            try {
                response = await this.send(repository, url, { accept: 'application/json' }, MAX_PAGE_BYTES);
                if (response.status === 404 && read.size === 1)
                    return undefined;
                this.expectOk(response, `the tags of ${repository}`);
            }
            catch (error) {
                if (read.size === 1 || !(error instanceof errors/* GateError */.ue))
                    throw error;
                return { tags, incomplete: `page ${read.size} failed: ${error.message}` };
            }
            bytes += response.body.length;
            if (!addTags(response.body, tags))
                return { tags, incomplete: `it stopped at ${MAX_TAGS} tags` };
            const next = nextPageLink(response.headers.link, response.url);
            // Follow pages on the registry's own origin only: a Link elsewhere would receive our token.
            if (next === undefined || next.origin !== response.url.origin)
                return { tags };
            if (read.has(next.href))
                return { tags, incomplete: `page ${read.size} links back to a page already read` };
            if (bytes >= MAX_TAG_LIST_BYTES)
                return { tags, incomplete: `it stopped after ${bytes} bytes` };
            if (read.size >= MAX_TAG_PAGES)
                return { tags, incomplete: `it stopped after ${MAX_TAG_PAGES} pages` };
            url = next;
        }
    }
    url(repository, path) {
        return new URL(`/v2/${repository}/${path}`, this.endpoint.origin);
    }
    get(repository, path, headers, maxBodyBytes) {
        return this.send(repository, this.url(repository, path), headers, maxBodyBytes);
    }
    async send(repository, url, headers, maxBodyBytes, method = 'GET') {
        let sent;
        const attempt = () => this.authenticator.send(repository, url, authorization => {
            sent = authorization;
            return this.transport.send({
                method,
                url,
                headers: authorization === undefined ? headers : { ...headers, authorization },
                maxBodyBytes,
                carriesCredentials: this.authenticator.hasCredentials
            });
        });
        const response = await this.authenticator.exchange(async () => {
            const first = await attempt();
            if (first.status !== 401)
                return first;
            const answer = await this.authenticator.answer(repository, first.headers['www-authenticate'], sent);
            let answered = await attempt();
            // A request that raced a token is answered once more if that token is refused too.
            if (answered.status === 401 && answer === 'raced') {
                await this.authenticator.answer(repository, answered.headers['www-authenticate'], sent);
                answered = await attempt();
            }
            if (answered.status === 401)
                throw this.authenticator.rejected(repository, answered.headers['www-authenticate']);
            return answered;
        });
        if (response.status === 403) {
            const detail = registryErrorMessage(response.body);
            throw new errors/* PermissionError */.i_(`${this.endpoint.authority} denied pulling ${repository} (403${detail === undefined ? '' : `: ${detail}`})`, "The credentials are valid but lack pull (read) permission on this repository; grant it in the registry (ACR: AcrPull, Harbor: project member, GHCR: package access, ECR: ecr:BatchGetImage and ecr:GetDownloadUrlForLayer, and ecr:ListImages for the tag list, as in Palette's ECR policy).");
        }
        return response;
    }
    expectOk(response, what) {
        if (response.status === 200)
            return;
        const detail = registryErrorMessage(response.body);
        throw new errors/* RegistryError */.gl(`Reading ${what} from ${(0,transport_failures/* redact */.E$)(response.url)} failed with HTTP ${response.status}${detail === undefined ? '' : `: ${detail}`}`, response.status >= 500 || response.status === 429
            ? 'The registry is failing or throttling; the gate retried a few times. Try again later.'
            : 'Check the endpoint: this does not look like an OCI registry answer.');
    }
}
function verifyDigest(bytes, expected, what) {
    const algorithm = expected.split(':')[0];
    if (algorithm !== 'sha256' && algorithm !== 'sha512') {
        throw new errors/* RegistryError */.gl(`${what} has a digest with an unsupported algorithm: ${expected}`, 'The gate verifies sha256 and sha512 digests.');
    }
    const actual = (0,src_digest/* digestOf */.ol)(bytes, algorithm);
    if (actual !== expected) {
        throw new errors/* RegistryError */.gl(`${what}: the registry says ${expected} but the bytes received hash to ${actual}`, 'The content was altered in transit or the registry is corrupt; do not deploy it.');
    }
}
/** The `rel="next"` target of a Link header, resolved against the page it came with. */
function nextPageLink(header, base) {
    if (header === undefined)
        return undefined;
    for (const match of header.matchAll(/<([^>]*)>([^,]*)/g)) {
        const target = match[1];
        if (target !== undefined && /;\s*rel="?next"?/i.test(match[2] ?? '')) {
            try {
                return new URL(target, base);
            }
            catch {
                return undefined;
            }
        }
    }
    return undefined;
}
/** Adds the page's tags up to MAX_TAGS; false when the page held more than there was room for. */
function addTags(body, tags) {
    const page = (0,json/* parseJsonObject */.dw)(body)?.tags;
    if (!Array.isArray(page))
        return true;
    // One by one, in place: spreading 400,000 tags into push() overflows the call stack, and
    // copies of a large page would double what it costs in memory.
    for (const tag of page) {
        if (typeof tag !== 'string')
            continue;
        if (tags.length >= MAX_TAGS)
            return false;
        tags.push(tag);
    }
    return true;
}
function firstError(body) {
    const errors = (0,json/* parseJsonObject */.dw)(body)?.errors;
    const first = Array.isArray(errors) ? errors[0] : undefined;
    return (0,json/* isRecord */.u4)(first) ? first : undefined;
}
function registryErrorCode(body) {
    const code = firstError(body)?.code;
    return typeof code === 'string' ? code : undefined;
}
function registryErrorMessage(body) {
    const error = firstError(body);
    if (error === undefined)
        return undefined;
    const text = [error.code, error.message]
        .filter(part => typeof part === 'string' && part !== '')
        .join(': ');
    return text === '' ? undefined : (0,errors/* quoted */.TL)(text);
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(4708);
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_);
// EXTERNAL MODULE: ./src/registry/registry-endpoint.ts
var registry_endpoint = __nccwpck_require__(2212);
// EXTERNAL MODULE: ./src/registry/proxy.ts
var registry_proxy = __nccwpck_require__(4263);
// EXTERNAL MODULE: ./src/registry/headers.ts
var headers = __nccwpck_require__(8105);
;// CONCATENATED MODULE: ./src/registry/exchange.ts
// One request and its whole response, without retries or redirects: the time limit (the request's
// own, or what is left of the run's deadline) and the body limit are enforced while it streams.





function exchange(route, request) {
    const client = route.url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
    const { maxBodyBytes, timeoutMs } = request;
    return new Promise((resolve, reject) => {
        let outgoing;
        try {
            outgoing = client.request(route.url, {
                ...route.options,
                method: request.method,
                headers: { ...request.headers, ...route.headers }
            });
        }
        catch (error) {
            // Header values a registry put into a redirect can make request() throw synchronously.
            reject(new transport_failures/* TransportFailure */.Az('ERR_REQUEST', (0,errors/* errorMessage */.gJ)(error)));
            return;
        }
        const limit = request.deadline?.limit(timeoutMs) ?? {
            milliseconds: timeoutMs,
            cutByDeadline: false
        };
        const timer = setTimeout(() => {
            const failure = limit.cutByDeadline
                ? new transport_failures/* TransportFailure */.Az(transport_failures/* DEADLINE_CODE */.Hm, "the run's deadline passed")
                : new transport_failures/* TransportFailure */.Az('TIMEOUT', `no answer within ${timeoutMs} ms`);
            // Settle now: a request still waiting for its socket (a silent proxy) reports destroy() late.
            fail(failure);
            outgoing.destroy(failure);
        }, limit.milliseconds);
        const fail = (error) => {
            clearTimeout(timer);
            reject(error instanceof transport_failures/* TransportFailure */.Az
                ? error
                : new transport_failures/* TransportFailure */.Az(error.code ?? 'ERROR', error.message));
        };
        outgoing.on('error', fail);
        outgoing.on('response', incoming => {
            const chunks = [];
            let received = 0;
            incoming.on('data', (chunk) => {
                received += chunk.length;
                if (received > maxBodyBytes) {
                    incoming.destroy(new transport_failures/* TransportFailure */.Az('TOO_LARGE', `the response is larger than ${maxBodyBytes} bytes`));
                    return;
                }
                chunks.push(chunk);
            });
            incoming.on('error', fail);
            incoming.on('end', () => {
                clearTimeout(timer);
                resolve({
                    status: incoming.statusCode ?? 0,
                    url: request.url,
                    headers: (0,headers/* flattenHeaders */.N4)(incoming.headers),
                    body: Buffer.concat(chunks)
                });
            });
        });
        outgoing.end();
    });
}

// EXTERNAL MODULE: ./src/registry/pace.ts
var pace = __nccwpck_require__(9740);
;// CONCATENATED MODULE: ./src/registry/http.ts
// HTTP for the registry client: timeouts, bounded retries with backoff, redirects that never carry
// Authorization to another origin, TLS settings, body limits, and no credentials in clear text.









const DEFAULT_RETRY = { attempts: 4, baseDelayMs: 500, maxDelayMs: 10_000 };
const DEFAULT_MAX_BODY = 8 * 1024 * 1024;
const RETRIED_STATUSES = new Set([429, 500, 502, 503, 504]);
const RETRIED_ERRORS = new Set([
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ECONNABORTED',
    'TIMEOUT'
]);
class HttpTransport {
    options;
    httpsAgent;
    ownsHttpsAgent;
    httpAgent;
    /** For plain-HTTP registries behind an https:// proxy: TLS to the proxy, no tunnel. */
    proxyAgent;
    retry;
    paces;
    proxy;
    tlsOptions;
    constructor(options) {
        this.options = options;
        this.retry = options.retry ?? DEFAULT_RETRY;
        this.paces = options.paces ?? new pace/* RegistryPaces */.AO(pace/* DEFAULT_CONCURRENCY */.WH);
        this.proxy = options.proxy ?? { noProxy: [] };
        this.tlsOptions = {
            rejectUnauthorized: options.insecureSkipVerify !== true,
            // A custom CA is added to the default store, not put in its place.
            ...(options.caCertificates === undefined
                ? {}
                : { ca: [...(0,headers/* defaultCertificates */.Cf)(), options.caCertificates] })
        };
        this.httpAgent = new (external_node_http_default()).Agent({ keepAlive: true });
        const tunnelWait = () => options.deadline?.limit(options.timeoutMs) ?? {
            milliseconds: options.timeoutMs,
            cutByDeadline: false
        };
        this.ownsHttpsAgent = options.httpsAgent === undefined;
        // TLS settings go with each request, not the agent: one agent may serve registries with
        // other settings, and the AWS SDK's requests, each pooled apart by Node.
        this.httpsAgent =
            options.httpsAgent ?? new registry_proxy/* TunnelingAgent */.Q_(this.proxy, tunnelWait, { keepAlive: true });
        if (options.caCertificates !== undefined)
            this.httpsAgent.trustProxyWith(options.caCertificates);
    }
    close() {
        this.httpAgent.destroy();
        this.proxyAgent?.destroy();
        if (this.ownsHttpsAgent)
            this.httpsAgent.destroy();
    }
    /** Plain HTTP through a proxy is an absolute-form request; HTTPS tunnels are the agent's job. */
    route(url) {
        const proxy = (0,registry_proxy/* proxyFor */.iJ)(url, this.proxy);
        const secure = url.protocol === 'https:';
        if (proxy === undefined || secure) {
            return {
                url,
                options: secure
                    ? { agent: this.httpsAgent, ...this.tlsOptions }
                    : { agent: this.httpAgent },
                headers: {}
            };
        }
        const viaProxy = new URL(url.href);
        viaProxy.protocol = proxy.protocol;
        viaProxy.host = proxy.host;
        const toProxyOverTls = proxy.protocol === 'https:';
        if (toProxyOverTls)
            this.proxyAgent ??= new (external_node_https_default()).Agent({ keepAlive: true });
        return {
            url: viaProxy,
            options: {
                agent: toProxyOverTls ? this.proxyAgent : this.httpAgent,
                path: url.href,
                ...(toProxyOverTls ? this.tlsOptions : {})
            },
            headers: { host: url.host, ...(0,registry_proxy/* proxyAuthorization */.YB)(proxy) }
        };
    }
    async send(request) {
        const { deadline } = this.options;
        const pace = this.paces.of(request.url);
        for (let attempt = 1;; attempt++) {
            if (deadline !== undefined && deadline.remainingMs() === 0)
                throw deadline.error(`${request.method} ${(0,transport_failures/* redact */.E$)(request.url)}`);
            const last = attempt >= this.retry.attempts;
            const release = await pace.acquire();
            let response;
            try {
                response = await this.followRedirects(request);
            }
            catch (error) {
                release();
                if (!(error instanceof transport_failures/* TransportFailure */.Az))
                    throw error;
                if (error.code === transport_failures/* DEADLINE_CODE */.Hm && deadline !== undefined)
                    throw deadline.error(`${request.method} ${(0,transport_failures/* redact */.E$)(request.url)}`);
                const delay = this.delayFor(attempt, undefined);
                const tooLate = deadline !== undefined && delay >= deadline.remainingMs();
                if (last || tooLate || !RETRIED_ERRORS.has(error.code))
                    throw (0,transport_failures/* describeFailure */.Ic)(request.url, error);
                this.options.debug?.(`${request.method} ${(0,transport_failures/* redact */.E$)(request.url)}: ${error.code}, retrying in ${delay} ms`);
                await (0,headers/* pause */.v7)(delay);
                continue;
            }
            release();
            const retryAfter = response.headers['retry-after'];
            const throttled = response.status === 429 || retryAfter !== undefined;
            if (!throttled)
                pace.answered();
            if (last || !RETRIED_STATUSES.has(response.status))
                return response;
            const delay = this.delayFor(attempt, retryAfter);
            // A retry that cannot finish before the deadline is not worth starting: this answer stands.
            if (deadline !== undefined && delay >= deadline.remainingMs())
                return response;
            this.options.debug?.(`${request.method} ${(0,transport_failures/* redact */.E$)(request.url)}: ${response.status}, retrying in ${delay} ms${throttled ? ` (every request to ${request.url.host} waits)` : ''}`);
            // Throttling pauses every request to the registry (the pace waits it out); a failure only this one.
            if (throttled)
                pace.throttled(delay);
            else
                await (0,headers/* pause */.v7)(delay);
        }
    }
    /** The registry's Retry-After, whole when a deadline bounds it, or backoff with jitter. */
    delayFor(attempt, retryAfter) {
        const requested = (0,headers/* parseRetryAfter */.mu)(retryAfter);
        if (requested !== undefined)
            return Math.round(this.options.deadline === undefined ? Math.min(this.retry.maxDelayMs, requested) : requested);
        const backoff = this.retry.baseDelayMs * 2 ** (attempt - 1);
        const jitter = Math.random() * this.retry.baseDelayMs;
        return Math.round(Math.min(this.retry.maxDelayMs, backoff + jitter));
    }
    async followRedirects(request) {
        let url = request.url;
        let headers = Object.fromEntries(Object.entries(request.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
        const maxRedirects = this.options.maxRedirects ?? 5;
        for (let hop = 0;; hop++) {
            const credentials = headers.authorization !== undefined && request.carriesCredentials !== false;
            if (credentials && url.protocol === 'http:' && !(0,registry_endpoint/* isLoopbackHost */.c)(url.hostname)) {
                throw new errors/* InsecureTransportError */.eP(`Refusing to send credentials over plain HTTP to ${url.host}`, 'Use https:// for the endpoint (credentials travel in clear text over http://), or drop the credentials for an anonymous registry.');
            }
            const response = await exchange(this.route(url), {
                method: request.method,
                url,
                headers: { 'user-agent': USER_AGENT, ...headers },
                maxBodyBytes: request.maxBodyBytes ?? DEFAULT_MAX_BODY,
                timeoutMs: this.options.timeoutMs,
                deadline: this.options.deadline
            });
            const location = response.headers.location;
            if (![301, 302, 303, 307, 308].includes(response.status) || location === undefined)
                return response;
            if (hop >= maxRedirects) {
                throw new errors/* RegistryError */.gl(`Too many redirects from ${(0,transport_failures/* redact */.E$)(request.url)}`, 'Check the endpoint; the registry redirects in a loop.');
            }
            const next = (0,transport_failures/* redirectTarget */.ET)(location, url);
            // Helm follows https -> http; a release gate does not: the manifest and the digest it
            // vouches for would travel where anyone on the path can change them.
            if (url.protocol === 'https:' && next.protocol === 'http:') {
                throw new errors/* InsecureTransportError */.eP(`${(0,transport_failures/* redact */.E$)(url)} redirected to plain http: ${(0,transport_failures/* redact */.E$)(next)}`, 'Refusing to downgrade from https to http. Fix the redirect on the registry (or the proxy in front of it), or give an http:// endpoint if the registry really speaks only plain HTTP.');
            }
            // The OCI spec: Authorization never follows a redirect to another origin (ECR blobs go to S3).
            if (next.origin !== url.origin) {
                headers = Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'authorization'));
            }
            this.options.debug?.(`${request.method} ${(0,transport_failures/* redact */.E$)(url)} redirected to ${(0,transport_failures/* redact */.E$)(next)}`);
            url = next;
        }
    }
}
const USER_AGENT = 'palette-chart-gate';

;// CONCATENATED MODULE: ./src/gate/credential-source.ts
async function credentialSourceFor(auth, context) {
    if (auth.type === 'anonymous' || auth.type === 'basic')
        return async () => auth;
    if (!auth.protected)
        return async () => ({ type: 'anonymous' });
    // The AWS SDK is loaded here only: the Basic path neither bundles it into its start nor waits for it.
    const { ecrCredentialSource } = await Promise.all(/* import() */[__nccwpck_require__.e(159), __nccwpck_require__.e(2)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9002));
    return ecrCredentialSource(auth.aws, context);
}
/** What the gate says when a registry demands credentials it was told to pull without. */
function credentialsRequiredNotice(auth) {
    if (auth.type !== 'ecr' || auth.protected)
        return undefined;
    return {
        message: 'The registry is protected: it demands credentials, but protected is false (un-protected mode pulls anonymously)',
        hint: 'Set protected: true with aws-access-key-id and aws-secret-access-key, or role-arn (with `permissions: id-token: write` for GitHub OIDC).'
    };
}

// EXTERNAL MODULE: ./src/gate/plan.ts
var gate_plan = __nccwpck_require__(6132);
;// CONCATENATED MODULE: ./src/gate/region-verdict.ts
/** Palette falls back to the default region when the deployment region lacks the chart. */
function warrantsFallback(result) {
    return (!result.valid &&
        (result.finding.verdict === 'missing-version' ||
            result.finding.verdict === 'missing-repository'));
}
function judgeRegions(checks, requireAll) {
    const failed = checks.filter(check => !check.result.valid);
    const [firstFailed] = failed;
    if (firstFailed !== undefined && !firstFailed.result.valid) {
        const { result } = firstFailed;
        if (checks.length === 1) {
            const primary = firstFailed.fellBackFrom;
            const message = primary === undefined || primary.valid
                ? result.message
                : result.finding.verdict === 'error'
                    ? `${primary.message}; the default region ${result.target.region ?? ''} could not be checked: ${result.message}`
                    : `${primary.message}; the default region ${result.target.region ?? ''} does not have it either (${result.finding.verdict})`;
            const hint = primary === undefined || primary.valid ? result.hint : primary.hint;
            return { valid: false, checks, verdict: result.finding.verdict, message, hint };
        }
        const lines = failed.map(check => check.result.valid ? '' : `${check.region ?? 'registry'}: ${check.result.message}`);
        const present = checks
            .filter(check => check.result.valid)
            .map(check => check.region ?? 'registry');
        return {
            valid: false,
            checks,
            verdict: result.finding.verdict,
            message: `The chart is not valid in ${failed.length} of ${checks.length} regions${present.length > 0 ? ` (valid in ${present.join(', ')})` : ''}:\n${lines.join('\n')}`,
            hint: result.hint
        };
    }
    const valid = checks
        .map(check => check.result)
        .filter((result) => result.valid);
    const [chosen] = valid;
    if (chosen === undefined)
        throw new Error('judgeRegions: no region was checked');
    const digests = new Set(valid.map(result => result.chart.digest));
    if (requireAll && digests.size > 1) {
        return {
            valid: false,
            checks,
            verdict: 'regions-disagree',
            message: `The regions hold different charts under ${chosen.target.chart.name} ${chosen.target.chart.version}:\n${valid
                .map(result => `${result.target.region ?? 'registry'}: ${result.chart.digest}`)
                .join('\n')}`,
            hint: 'A release needs one identical chart in every region: push the same chart everywhere (or replicate it from one region with ECR replication), then run the gate again.'
        };
    }
    return {
        valid: true,
        checks,
        chosen,
        usedDefaultRegion: checks[0].fellBackFrom !== undefined,
        distinctDigests: digests.size
    };
}
/** Region by region, for the region-results output: where the chart is, with which digest. */
function regionResults(checks) {
    return checks.map(check => {
        const own = check.fellBackFrom ?? check.result;
        return {
            region: check.region ?? null,
            present: own.valid,
            digest: check.result.valid ? check.result.chart.digest : null,
            usedDefaultRegion: check.fellBackFrom !== undefined,
            resolvedRegion: check.result.valid ? (check.result.target.region ?? null) : null
        };
    });
}

// EXTERNAL MODULE: ./src/gate/verify.ts + 4 modules
var verify = __nccwpck_require__(331);
// EXTERNAL MODULE: ./src/gate/archive-cache.ts
var archive_cache = __nccwpck_require__(1494);
;// CONCATENATED MODULE: ./src/gate/session.ts














class GateSession {
    dependencies;
    deadline;
    timeoutMs;
    transports = new Map();
    credentialSources = new Map();
    authenticators = new Map();
    repositories = new Map();
    /** Credentials a registry refused are not sent to it again in this run, by any check. */
    credentialTrials = new CredentialTrials();
    /** One HTTPS agent for the run: registry requests and AWS calls share its tunnels. */
    httpsAgent;
    archives;
    /** At most `concurrency` requests in flight to each registry, whichever check sends them. */
    paces;
    constructor(dependencies, deadline, timeoutMs, concurrency = pace/* DEFAULT_CONCURRENCY */.WH) {
        this.dependencies = dependencies;
        this.deadline = deadline;
        this.timeoutMs = timeoutMs;
        this.paces = new pace/* RegistryPaces */.AO(concurrency);
        this.httpsAgent = new registry_proxy/* TunnelingAgent */.Q_((0,registry_proxy/* proxySettingsFromEnv */.zH)(dependencies.environment), () => deadline.limit(timeoutMs), { keepAlive: true });
        this.archives =
            dependencies.archiveStore === undefined
                ? undefined
                : new archive_cache/* ArchiveCache */.t(dependencies.archiveStore, dependencies);
    }
    /**
     * Checks the request's chart in each of its regions (and the default region when Palette would
     * fall back). `registryKey` names the registry the request's settings stand for: checks with the
     * same key share credentials and tokens.
     */
    async check(request, registryKey = request.registry.name) {
        const plan = (0,gate_plan/* planChecks */.dH)(request);
        let fallback;
        const checks = [];
        // With several regions (or a fallback), a failing region is one row of the verdict, not the end.
        const checkOrRecord = async (target) => {
            try {
                return await this.checkTarget(request, registryKey, target);
            }
            catch (error) {
                // A configuration error is the same in every region: it ends the check.
                if (!(0,errors/* isGateError */.Wc)(error) || error instanceof errors/* ConfigurationError */.j1)
                    throw error;
                const reason = `${error.title}: ${error.message}`;
                return {
                    valid: false,
                    target,
                    finding: { verdict: 'error', reason },
                    message: reason,
                    hint: error.hint
                };
            }
        };
        for (const target of plan.deployment) {
            const result = await (plan.deployment.length > 1
                ? checkOrRecord(target)
                : this.checkTarget(request, registryKey, target));
            if (plan.fallback !== undefined &&
                plan.fallback.region !== target.region &&
                warrantsFallback(result)) {
                this.dependencies.debug(`${target.reference} is missing; looking in the default region ${plan.fallback.region ?? ''}`);
                fallback ??= checkOrRecord(plan.fallback);
                checks.push({ region: target.region, result: await fallback, fellBackFrom: result });
            }
            else {
                checks.push({ region: target.region, result });
            }
        }
        const [first, ...rest] = checks;
        if (first === undefined)
            throw new Error('GateSession.check: the plan has no target');
        return judgeRegions([first, ...rest], plan.requireAll);
    }
    /** Repositories the run will read from a registry: one token request may cover them all. */
    expectRepositories(registryKey, repositories) {
        const known = this.repositories.get(registryKey) ?? new Set();
        for (const repository of repositories)
            known.add(repository);
        this.repositories.set(registryKey, known);
    }
    /** Before any check: the archive store fetches what it holds (its failure is a warning). */
    async openArchives() {
        await this.archives?.open();
    }
    /** Once the checks are done: the archive store keeps what the run added (its failure is a warning). */
    async keepArchives() {
        await this.archives?.flush();
    }
    close() {
        for (const transport of this.transports.values())
            transport.close();
        this.transports.clear();
        this.httpsAgent.destroy();
    }
    async checkTarget(request, registryKey, target) {
        const transport = this.transportFor(request);
        const authenticator = await this.authenticatorFor(request, registryKey, target, transport);
        const client = new RegistryClient(target.endpoint, transport, authenticator);
        const verified = await (0,verify/* verifyChart */.U)(client, target, {
            ...this.dependencies,
            archives: this.archives
        });
        if ('verdict' in verified)
            return { valid: false, target, finding: verified, ...describeFinding(target, verified) };
        const packRegistry = (0,gate_plan/* packRegistryFor */.uR)(request);
        return {
            valid: true,
            target,
            chart: verified,
            layer: (0,palette_layer/* buildPackEntry */.wI)(request.layer, packRegistry, verified),
            document: (0,palette_layer/* buildManifestDocument */.ZD)(request.layer, packRegistry, verified, this.dependencies.now())
        };
    }
    transportFor(request) {
        const key = JSON.stringify(request.tls);
        const existing = this.transports.get(key);
        if (existing !== undefined)
            return existing;
        const transport = new HttpTransport({
            timeoutMs: this.timeoutMs,
            deadline: this.deadline,
            insecureSkipVerify: request.tls.insecureSkipVerify,
            ...(request.tls.caCertificates === undefined
                ? {}
                : { caCertificates: request.tls.caCertificates }),
            retry: this.dependencies.retry,
            proxy: (0,registry_proxy/* proxySettingsFromEnv */.zH)(this.dependencies.environment),
            httpsAgent: this.httpsAgent,
            paces: this.paces,
            debug: this.dependencies.debug
        });
        this.transports.set(key, transport);
        return transport;
    }
    authenticatorFor(request, registryKey, target, transport) {
        const key = `${registryKey}\n${target.endpoint.origin}\n${target.region ?? ''}`;
        const existing = this.authenticators.get(key);
        if (existing !== undefined)
            return existing;
        const created = this.credentialsFor(request, registryKey).then(async (credentials) => {
            const authenticator = new RegistryAuthenticator(await credentials(target), transport, this.dependencies.mask, target.endpoint.authority, credentialsRequiredNotice(request.registry.auth), this.credentialTrials);
            authenticator.expect(this.repositories.get(registryKey) ?? []);
            return authenticator;
        });
        this.authenticators.set(key, created);
        return created;
    }
    credentialsFor(request, registryKey) {
        const existing = this.credentialSources.get(registryKey);
        if (existing !== undefined)
            return existing;
        const created = credentialSourceFor(request.registry.auth, {
            ...this.dependencies,
            timeoutMs: this.timeoutMs,
            deadline: this.deadline,
            httpsAgent: this.httpsAgent
        });
        this.credentialSources.set(registryKey, created);
        return created;
    }
}


/***/ }),

/***/ 331:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ MAX_CHART_BYTES),
  U: () => (/* binding */ verifyChart)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/yaml-text.ts
var yaml_text = __nccwpck_require__(7162);
;// CONCATENATED MODULE: ./src/helm/chart-archive.ts
// Reads a Helm chart archive (a gzipped tar whose top folder is the chart name) as Helm's loader
// does, for what decides an install: the chart's values.yaml, its values.schema.json and the
// subcharts its charts/ folder holds, packed (.tgz) or unpacked.




const BLOCK = 512;
/** Unpacked, the chart and every packed subchart together. */
const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
const MAX_CHART_YAML_BYTES = 64 * 1024;
/** Helm's own bound on one file of a chart (MaxDecompressedFileSize). */
const MAX_FILE_BYTES = 5 * 1024 * 1024;
function readChartArchive(archive) {
    const budget = { left: MAX_UNPACKED_BYTES };
    const entries = unpack(archive, budget);
    if (typeof entries === 'string')
        return { subcharts: [], unreadable: entries };
    const contents = { subcharts: [] };
    // The first reason Helm would not load it; the chart's own values are read all the same.
    let unreadable = entries.some(entry => entry.path === 'Chart.yaml')
        ? undefined
        : 'Chart.yaml file is missing';
    const folders = new Map();
    for (const entry of entries) {
        const { path } = entry;
        readChartFile(contents, path, entry.body);
        const sub = /^charts\/([^/]+)(?:\/(.*))?$/.exec(path);
        // Helm's loader passes over charts/ entries whose name starts with . or _, and provenance files.
        if (sub === null || /^[._]/.test(sub[1] ?? '') || path.endsWith('.prov'))
            continue;
        const [, folder = '', inner] = sub;
        if (inner === undefined && folder.endsWith('.tgz')) {
            const packed = unpack(entry.body, budget);
            const subchart = typeof packed === 'string' ? undefined : subchartOf(packed, 0);
            if (subchart === undefined)
                unreadable ??= `charts/${folder}: ${typeof packed === 'string' ? packed : 'Chart.yaml file is missing'}`;
            else
                contents.subcharts.push(subchart);
        }
        else {
            // Any other entry of charts/ is a folder Helm loads as a chart, a stray file too.
            const files = folders.get(folder) ?? [];
            files.push(entry);
            folders.set(folder, files);
        }
    }
    for (const [folder, files] of folders) {
        const subchart = subchartOf(files, 2);
        if (subchart === undefined)
            unreadable ??= `charts/${folder}: Chart.yaml file is missing`;
        else
            contents.subcharts.push(subchart);
    }
    return unreadable === undefined ? contents : { ...contents, subcharts: [], unreadable };
}
/** A subchart's name and files (`depth` folders above its own), if its Chart.yaml names it. */
function subchartOf(entries, depth) {
    const files = {};
    let name;
    for (const entry of entries) {
        const path = entry.path.split('/').slice(depth).join('/');
        if (path === 'Chart.yaml')
            name = nameOf(entry.body);
        readChartFile(files, path, entry.body);
    }
    return name === undefined ? undefined : { name, ...files };
}
function readChartFile(files, path, body) {
    if (path === 'values.yaml')
        files.values = textOf(body);
    else if (path === 'values.schema.json')
        files.schema = textOf(body);
}
/** As Helm reads a file of the chart: a UTF-8 byte-order mark dropped. */
function textOf(body) {
    return body.toString('utf8').replace(/^\uFEFF/, '');
}
/** The chart's own values.yaml, or undefined when the archive has none or cannot be read. */
function readChartValues(archive) {
    return readChartArchive(archive).values;
}
function nameOf(chartYaml) {
    if (chartYaml === undefined || chartYaml.length > MAX_CHART_YAML_BYTES)
        return undefined;
    const text = textOf(chartYaml);
    if ((0,yaml_text/* blockNestingProblem */.Br)(text) !== undefined)
        return undefined;
    try {
        const metadata = dist.parse(text, { ...yaml_text/* QUIET_YAML */.Jt, maxAliasCount: 0 });
        if (typeof metadata !== 'object' || metadata === null || !('name' in metadata))
            return undefined;
        return typeof metadata.name === 'string' ? metadata.name : undefined;
    }
    catch {
        return undefined;
    }
}
/** The regular files of a gzipped tar, by cleaned path, or why Helm would not load it. */
function unpack(archive, budget) {
    let tar;
    try {
        tar = (0,external_node_zlib_.gunzipSync)(archive, { maxOutputLength: Math.max(1, budget.left) });
    }
    catch {
        return `cannot be unpacked: not gzip, or past the ${MAX_UNPACKED_BYTES / 1024 / 1024} MiB the gate unpacks`;
    }
    budget.left -= tar.length;
    const entries = [];
    let longName;
    for (let offset = 0; offset + BLOCK <= tar.length;) {
        const header = tar.subarray(offset, offset + BLOCK);
        if (header.every(byte => byte === 0))
            break;
        const size = Number.parseInt(field(header, 124, 12) || '0', 8);
        if (!Number.isFinite(size) || size < 0)
            return 'a tar header with no readable size';
        const type = field(header, 156, 1);
        // Only a POSIX header has a name prefix; in a GNU one those bytes hold times.
        const posixHeader = header.subarray(257, 263).toString('latin1') === 'ustar\0';
        const prefix = posixHeader ? field(header, 345, 155) : '';
        const name = longName ?? (prefix === '' ? field(header, 0, 100) : `${prefix}/${field(header, 0, 100)}`);
        const body = tar.subarray(offset + BLOCK, offset + BLOCK + size);
        longName = undefined;
        offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
        if (type === 'L')
            longName = body.toString('utf8').replace(/\0.*$/s, '');
        // A PAX header may rename the next entry.
        else if (type === 'x')
            longName = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1];
        // Regular files only; an old-style entry whose name ends in / is a folder.
        if ((type !== '0' && type !== '') || name.endsWith('/'))
            continue;
        const path = chartPath(name);
        if (path.problem !== undefined)
            return path.problem;
        if (size > MAX_FILE_BYTES)
            return `holds ${path.path}, larger than the ${MAX_FILE_BYTES / 1024 / 1024} MiB Helm loads of one file`;
        entries.push({ path: path.path, body });
    }
    return entries;
}
/** As Helm's loader names an entry: its first folder dropped, the rest cleaned and kept inside. */
function chartPath(name) {
    const delimiter = name.includes('\\') ? '\\' : '/';
    const rest = name.split(delimiter).slice(1).join('/');
    if (external_node_path_.posix.isAbsolute(rest))
        return { problem: 'holds an absolute path, which Helm refuses' };
    const cleaned = external_node_path_.posix.normalize(rest).replace(/\/$/, '');
    if (cleaned === '.' || cleaned === '')
        return {
            problem: `holds ${JSON.stringify(name)}, outside the chart's folder, which Helm refuses`
        };
    if (cleaned.startsWith('..'))
        return {
            problem: `holds ${JSON.stringify(name)}, a path outside the chart, which Helm refuses`
        };
    return { path: cleaned };
}
function field(header, start, length) {
    return header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '')
        .trim();
}

// EXTERNAL MODULE: ./src/helm/chart.ts
var chart = __nccwpck_require__(564);
// EXTERNAL MODULE: ./src/json.ts
var json = __nccwpck_require__(8301);
;// CONCATENATED MODULE: ./src/helm/chart-config.ts
// The chart's config (Chart.yaml's metadata as Helm stores it): does it name the chart and version
// asked for? Helm never checks this on pull; the gate does.


function judgeChartConfig(requested, configBytes) {
    const config = (0,json/* parseJsonObject */.dw)(configBytes);
    const name = config === undefined ? undefined : (0,json/* stringField */.OM)(config, 'name');
    const version = config === undefined ? undefined : (0,json/* stringField */.OM)(config, 'version');
    if (config === undefined || name === undefined || version === undefined) {
        return {
            ok: false,
            finding: {
                verdict: 'not-a-chart',
                reason: 'the Helm config is not JSON with a name and a version'
            }
        };
    }
    const appVersion = (0,json/* stringField */.OM)(config, 'appVersion');
    const description = (0,json/* stringField */.OM)(config, 'description');
    const metadata = {
        name,
        version,
        ...(appVersion === undefined ? {} : { appVersion }),
        ...(description === undefined ? {} : { description })
    };
    const differences = [
        name === requested.name
            ? undefined
            : `name ${(0,errors/* shown */.SP)(name)} (asked for ${(0,errors/* shown */.SP)(requested.name)})`,
        version === requested.version
            ? undefined
            : `version ${(0,errors/* shown */.SP)(version)} (asked for ${(0,errors/* shown */.SP)(requested.version)})`
    ].filter(difference => difference !== undefined);
    if (differences.length > 0) {
        return {
            ok: false,
            finding: {
                verdict: 'mismatch',
                reason: `the chart at this tag has ${differences.join(' and ')}`,
                metadata
            }
        };
    }
    return { ok: true, metadata, requirements: requirementsOf(config) };
}
/** Within the config's 1 MiB bound; a field of another shape counts as absent, as Helm's loader
 * would have refused to package it. */
function requirementsOf(config) {
    const declared = Array.isArray(config.dependencies) ? config.dependencies : [];
    const dependencies = [];
    for (const entry of declared) {
        if (!(0,json/* isRecord */.u4)(entry))
            continue;
        const name = (0,json/* stringField */.OM)(entry, 'name');
        if (name === undefined || name === '')
            continue;
        const version = (0,json/* stringField */.OM)(entry, 'version');
        const alias = (0,json/* stringField */.OM)(entry, 'alias');
        const condition = (0,json/* stringField */.OM)(entry, 'condition');
        dependencies.push({
            name,
            ...(version === undefined ? {} : { version }),
            ...(alias === undefined || alias === '' ? {} : { alias }),
            ...(condition === undefined || condition === '' ? {} : { condition })
        });
    }
    const apiVersion = (0,json/* stringField */.OM)(config, 'apiVersion');
    const type = (0,json/* stringField */.OM)(config, 'type');
    const kubeVersion = (0,json/* stringField */.OM)(config, 'kubeVersion');
    return {
        ...(apiVersion === undefined || apiVersion === '' ? {} : { apiVersion }),
        ...(type === undefined || type === '' ? {} : { type }),
        ...(kubeVersion === undefined || kubeVersion === '' ? {} : { kubeVersion }),
        deprecated: config.deprecated === true,
        dependencies
    };
}

;// CONCATENATED MODULE: ./src/helm/manifest.ts
// Is the manifest at the tag a Helm chart, served as Helm pulls it? A pure judgement over its bytes.



function inspectManifest(bytes, contentType) {
    const manifest = (0,json/* parseJsonObject */.dw)(bytes);
    if (manifest === undefined)
        return { kind: 'not-a-chart', reason: 'the manifest is not a JSON object' };
    const mediaType = (0,json/* stringField */.OM)(manifest, 'mediaType') ?? baseMediaType(contentType) ?? '';
    if (mediaType === chart/* MEDIA_TYPES */.Z.ociIndex ||
        mediaType === chart/* MEDIA_TYPES */.Z.dockerManifestList ||
        'manifests' in manifest) {
        return {
            kind: 'not-a-chart',
            reason: `the tag holds an image index (${(0,errors/* quoted */.TL)(mediaType || 'manifests list')}), as multi-platform container images do`
        };
    }
    if (manifest.schemaVersion !== 2) {
        return {
            kind: 'not-a-chart',
            reason: `the manifest has ${manifest.schemaVersion === undefined ? 'no schemaVersion' : `schemaVersion ${(0,errors/* shown */.SP)(manifest.schemaVersion)}`}; Helm charts use 2`
        };
    }
    const config = descriptor(manifest.config);
    if (config === undefined)
        return { kind: 'not-a-chart', reason: 'the manifest has no config descriptor' };
    if (config.mediaType !== chart/* MEDIA_TYPES */.Z.helmConfig) {
        return {
            kind: 'not-a-chart',
            reason: `the config media type is ${(0,errors/* quoted */.TL)(config.mediaType)}, not ${chart/* MEDIA_TYPES */.Z.helmConfig}: this is a container image or another artifact`
        };
    }
    const layers = Array.isArray(manifest.layers) ? manifest.layers.map(descriptor) : [];
    const validLayers = layers.filter((layer) => layer !== undefined);
    const chartLayer = validLayers.find(layer => layer.mediaType === chart/* MEDIA_TYPES */.Z.helmChart) ??
        validLayers.find(layer => layer.mediaType === chart/* MEDIA_TYPES */.Z.helmLegacyChart);
    if (chartLayer === undefined) {
        const found = (0,errors/* quoted */.TL)(validLayers.map(layer => layer.mediaType).join(', ') || 'none');
        return {
            kind: 'not-a-chart',
            reason: `no layer has the Helm chart media type ${chart/* MEDIA_TYPES */.Z.helmChart} (found: ${found})`
        };
    }
    // Helm (through ORAS) takes the manifest's type from Content-Type and pulls a chart only from an
    // OCI image manifest: text/html, application/json, a Docker type or none at all are refused.
    const served = baseMediaType(contentType);
    if (served?.toLowerCase() !== chart/* MEDIA_TYPES */.Z.ociManifest)
        return { kind: 'wrong-content-type', contentType: served };
    return {
        kind: 'chart',
        mediaType,
        config,
        chartLayer,
        layers: validLayers,
        annotations: stringRecord(manifest.annotations)
    };
}
function stringRecord(value) {
    if (!(0,json/* isRecord */.u4)(value))
        return {};
    return Object.fromEntries(Object.entries(value).filter((entry) => typeof entry[1] === 'string'));
}
function descriptor(value) {
    if (!(0,json/* isRecord */.u4)(value))
        return undefined;
    const mediaType = (0,json/* stringField */.OM)(value, 'mediaType');
    const digest = (0,json/* stringField */.OM)(value, 'digest');
    const size = value.size;
    if (mediaType === undefined || digest === undefined || typeof size !== 'number')
        return undefined;
    return { mediaType, digest, size };
}
function baseMediaType(contentType) {
    return contentType?.split(';')[0]?.trim() || undefined;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(2088);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
// EXTERNAL MODULE: ./src/helm/tags.ts
var helm_tags = __nccwpck_require__(1343);
;// CONCATENATED MODULE: ./src/helm/versions.ts
// Which versions to suggest when the requested one is missing.


/**
 * The `count` versions nearest to `requested` in semver order, newest first. Tags that are not
 * semantic versions (latest, sha-…) are not suggestions.
 */
function nearestVersions(requested, tags, count = 5) {
    // Each version parsed once: a listing may hold up to 100,000 tags.
    const parsed = new Map();
    for (const tag of tags) {
        // Cheap first: most tags of a long list (sha-…, latest) cannot be versions.
        if (!/^v?\d/.test(tag))
            continue;
        const version = (0,helm_tags/* versionForTag */.S)(tag);
        if (parsed.has(version))
            continue;
        const semantic = semver_default().parse(version);
        if (semantic !== null)
            parsed.set(version, semantic);
    }
    const versions = [...parsed].sort(([, a], [, b]) => semver_default().compareBuild(a, b));
    const target = semver_default().parse(requested);
    const names = (from, to) => versions
        .slice(from, to)
        .map(([version]) => version)
        .reverse();
    if (versions.length <= count || target === null)
        return names(-count, undefined);
    const insertAt = versions.findIndex(([, version]) => semver_default().compareBuild(version, target) > 0);
    const position = insertAt === -1 ? versions.length : insertAt;
    const start = Math.min(Math.max(0, position - Math.ceil(count / 2)), versions.length - count);
    return names(start, start + count);
}

;// CONCATENATED MODULE: ./src/gate/verify.ts
// One chart at one target: manifest, config and archive read and judged, or the tags listed to
// say what exists instead.






const MAX_CONFIG_BYTES = 1024 * 1024;
const MAX_CHART_BYTES = 32 * 1024 * 1024;
async function verifyChart(client, target, dependencies) {
    dependencies.debug(`Checking oci://${target.reference}`);
    const lookup = await client.fetchManifest(target.repository, target.tag);
    if (!lookup.found) {
        dependencies.debug(`Manifest not found (${lookup.errorCode ?? 'no error code'}); listing tags`);
        return missingChart(client, target, lookup.errorCode, dependencies);
    }
    const inspection = inspectManifest(lookup.bytes, lookup.contentType);
    if (inspection.kind === 'not-a-chart')
        return { verdict: 'not-a-chart', reason: inspection.reason };
    if (inspection.kind === 'wrong-content-type')
        return { verdict: 'wrong-content-type', contentType: inspection.contentType };
    if (inspection.chartLayer.mediaType !== chart/* MEDIA_TYPES */.Z.helmChart) {
        dependencies.warning(`${target.reference} uses the legacy chart layer type ${inspection.chartLayer.mediaType}; Helm still pulls it, with a warning.`);
    }
    // The config and the archive both follow from the manifest: ask for both at once, one round trip.
    // Always read the archive: a tag whose archive is gone cannot be deployed, values or not.
    // The config decides first; the archive's answer is awaited too, so that it never goes unheard.
    const [configRead, archiveRead] = await Promise.allSettled([
        client.fetchBlob(target.repository, inspection.config, MAX_CONFIG_BYTES),
        dependencies.archives === undefined
            ? client.fetchBlob(target.repository, inspection.chartLayer, MAX_CHART_BYTES)
            : dependencies.archives.read(client, target.repository, inspection.chartLayer, MAX_CHART_BYTES)
    ]);
    if (configRead.status === 'rejected')
        throw configRead.reason;
    const config = configRead.value;
    if (config === undefined)
        return {
            verdict: 'missing-content',
            reason: `its config blob ${inspection.config.digest} is missing`
        };
    const judgement = judgeChartConfig(target.chart, config);
    if (!judgement.ok)
        return judgement.finding;
    if (archiveRead.status === 'rejected')
        throw archiveRead.reason;
    const archive = archiveRead.value;
    if (archive === undefined)
        return {
            verdict: 'missing-content',
            reason: `its chart archive ${inspection.chartLayer.digest} is missing`
        };
    return {
        target,
        digest: lookup.digest,
        manifest: inspection,
        metadata: judgement.metadata,
        requirements: judgement.requirements,
        // Read whatever the layer says: one check may serve layers with and without their own values.
        contents: readChartArchive(archive)
    };
}
async function missingChart(client, target, errorCode, dependencies) {
    let list;
    try {
        list = await client.listTags(target.repository);
    }
    catch (error) {
        // The version is missing either way; a registry that will not list tags only costs the suggestions.
        if (!(0,errors/* isGateError */.Wc)(error))
            throw error;
        dependencies.warning(`Could not list the versions of ${target.repository}: ${error.message}`);
        if (errorCode === 'NAME_UNKNOWN')
            return { verdict: 'missing-repository' };
        return {
            verdict: 'missing-version',
            nearest: [],
            listing: { listed: false, reason: error.message, denied: error instanceof errors/* PermissionError */.i_ }
        };
    }
    if (list === undefined)
        return { verdict: 'missing-repository' };
    if (list.incomplete !== undefined)
        dependencies.warning(`The versions of ${target.repository} were not all listed: ${list.incomplete}`);
    return {
        verdict: 'missing-version',
        nearest: nearestVersions(target.chart.version, list.tags),
        listing: {
            listed: true,
            tags: list.tags,
            incomplete: list.incomplete
        }
    };
}


/***/ }),

/***/ 564:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ MEDIA_TYPES)
/* harmony export */ });
/* harmony import */ var _registry_media_types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9867);
// A Helm chart as it lives in an OCI registry: the media types Helm pushes, the chart asked for and
// where it was looked for, and why a target is not a valid chart.

const MEDIA_TYPES = {
    ..._registry_media_types_js__WEBPACK_IMPORTED_MODULE_0__/* .MANIFEST_MEDIA_TYPES */ .$,
    helmConfig: 'application/vnd.cncf.helm.config.v1+json',
    helmChart: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip',
    helmLegacyChart: 'application/tar+gzip',
    helmProvenance: 'application/vnd.cncf.helm.chart.provenance.v1.prov'
};


/***/ }),

/***/ 9496:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ schemaChecker),
/* harmony export */   z: () => (/* binding */ allowSchemaWorker)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
// Where values.schema.json is applied: in a worker thread, with a memory limit and a time limit
// per schema, when the program's entry can start one (both entries can); in this thread otherwise
// (unit tests). Ajv compiles a schema to code: a hostile one can take minutes and gigabytes, and
// blocks the thread it runs in, so no deadline could stop it there.


const TIME_LIMIT_MS = 15_000;
const MEMORY_LIMIT_MB = 512;
let entry;
/** Called by an entry point, with its own URL: the worker runs that file in schema mode. */
function allowSchemaWorker(entryUrl) {
    entry = entryUrl;
}
let shared;
/** The schema check of this run (a process is one run): one worker, replaced when one fails. */
async function schemaChecker() {
    if (shared !== undefined)
        return shared;
    if (entry === undefined) {
        const { checkValues } = await Promise.all(/* import() */[__nccwpck_require__.e(417), __nccwpck_require__.e(155)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4155));
        shared = (schemaText, values) => Promise.resolve(checkValues(schemaText, values));
    }
    else
        shared = new SchemaWorker(entry).check;
    return shared;
}
class SchemaWorker {
    entry;
    worker;
    nextId = 0;
    queue = Promise.resolve();
    /** Schemas that ran out of time or memory, by digest: each is tried once per run. */
    failed = new Map();
    constructor(entry) {
        this.entry = entry;
    }
    /** One schema at a time: a time limit must measure that schema's work, not a queue. */
    check = (schemaText, values) => {
        const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(schemaText).digest('hex');
        const result = this.queue.then(() => this.failed.get(digest) ?? this.run(schemaText, values, digest));
        this.queue = result.catch(() => undefined);
        return result;
    };
    start() {
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.Worker(this.entry, {
            workerData: { role: 'values-schema' },
            resourceLimits: { maxOldGenerationSizeMb: MEMORY_LIMIT_MB },
            stdout: true,
            stderr: true
        });
        // Always listened to: an error between two checks must not throw in this thread, and a
        // worker that is gone is replaced at the next check rather than waited for.
        worker.on('error', () => undefined);
        worker.once('exit', () => {
            if (this.worker === worker)
                this.worker = undefined;
        });
        worker.unref();
        return worker;
    }
    run(schemaText, values, digest) {
        const worker = (this.worker ??= this.start());
        const id = this.nextId++;
        worker.ref();
        return new Promise(resolve => {
            const finish = (judgement, failed) => {
                clearTimeout(timer);
                worker.off('message', answered);
                worker.off('error', crashed);
                worker.off('exit', crashed);
                if (failed) {
                    this.failed.set(digest, judgement);
                    if (this.worker === worker)
                        this.worker = undefined;
                    void worker.terminate();
                }
                else
                    worker.unref();
                resolve(judgement);
            };
            const answered = (message) => {
                if (message.id === id)
                    finish(message.judgement, false);
            };
            const crashed = (error) => {
                const outOfMemory = /ERR_WORKER_OUT_OF_MEMORY|heap/i.test(String(error));
                finish({
                    kind: 'unusable',
                    reason: outOfMemory
                        ? `values.schema.json needs more than the ${MEMORY_LIMIT_MB} MiB the gate gives one schema`
                        : `values.schema.json could not be applied (${String(error)})`
                }, true);
            };
            const timer = setTimeout(() => finish({
                kind: 'unusable',
                reason: `values.schema.json took longer than the ${TIME_LIMIT_MS / 1000} s the gate gives one schema to apply`
            }, true), TIME_LIMIT_MS);
            worker.on('message', answered);
            worker.on('error', crashed);
            worker.on('exit', crashed);
            const request = { id, schemaText, values };
            try {
                worker.postMessage(request);
            }
            catch (error) {
                finish({
                    kind: 'unusable',
                    reason: `its values could not be handed to the schema check (${String(error)})`
                }, false);
            }
        });
    }
}


/***/ }),

/***/ 1343:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ versionForTag),
/* harmony export */   a: () => (/* binding */ tagForVersion)
/* harmony export */ });
// Helm's mapping between chart versions and OCI tags: tags cannot hold '+', so Helm stores build
// metadata with '_' instead.
function tagForVersion(version) {
    return version.replaceAll('+', '_');
}
function versionForTag(tag) {
    return tag.replaceAll('_', '+');
}


/***/ }),

/***/ 1737:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ parseCacheSettings)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _request_auth_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7595);
// Where chart archives are kept between runs, from the inputs: cache-directory names a folder;
// `cache: true` (the action only) asks for the GitHub Actions cache. Pure.


function parseCacheSettings(inputs) {
    const problems = [];
    const actionsCache = (0,_request_auth_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBoolean */ .yG)((inputs.cache ?? '').trim(), false, 'cache', (input, message) => problems.push({ input, message }));
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(problems);
    const directory = (inputs['cache-directory'] ?? '').trim();
    return directory === '' ? { actionsCache } : { directory, actionsCache };
}


/***/ }),

/***/ 6731:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ loadRequest),
/* harmony export */   i: () => (/* binding */ caCertificateFile)
/* harmony export */ });
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3494);
/* harmony import */ var _workspace_files_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7076);
// Inputs that may name a file are read here, at the edge, so that parseRequest stays pure and still
// reports a missing, unreadable or refused file together with every other input problem.


async function loadRequest(raw, access = _workspace_files_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMAND_LINE_ACCESS */ .qK) {
    return (0,_request_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRequest */ .TR)(raw, await readInputFiles(raw, access));
}
/** The file a ca-certificate value names; undefined for PEM text or no value. */
function caCertificateFile(value) {
    const ca = (value ?? '').trim();
    return ca === '' || ca.includes('-----BEGIN') ? undefined : ca;
}
async function readInputFiles(raw, access) {
    const ca = caCertificateFile(raw['ca-certificate']);
    if (ca === undefined)
        return {};
    const reading = await (0,_workspace_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readTextFile */ .Gu)(ca, access, _workspace_files_js__WEBPACK_IMPORTED_MODULE_1__/* .FILE_LIMITS */ .SK.certificate);
    if ('text' in reading)
        return { 'ca-certificate': { path: ca, text: reading.text } };
    // A file the system refused is shown by its code (ENOENT); a refusal of the gate's as it says.
    return { 'ca-certificate': { path: ca, error: reading.code ?? reading.problem } };
}


/***/ }),

/***/ 3760:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qh: () => (/* binding */ INPUT_NAMES),
/* harmony export */   pH: () => (/* binding */ SECRET_INPUTS)
/* harmony export */ });
/* unused harmony exports GITHUB_INPUT_NAMES, VERBATIM_INPUTS */
// The action's inputs by name: the contract action.yml declares and the command line mirrors as flags.
/** Every input the gate reads, in the action's spelling. */
const INPUT_NAMES = [
    'registry-name',
    'registry-uid',
    'endpoint',
    'base-content-path',
    'auth-type',
    'username',
    'password',
    'chart',
    'version',
    'charts-file',
    'registries-file',
    'concurrency',
    'lock-file',
    'update-lock',
    'cache-directory',
    'layer-type',
    'values',
    'deploy-checks',
    'kubernetes-version',
    'output-file',
    'output-format',
    'ca-certificate',
    'insecure-skip-tls-verify',
    'timeout-seconds',
    'deadline-seconds',
    'protected',
    'aws-access-key-id',
    'aws-secret-access-key',
    'aws-session-token',
    'role-arn',
    'external-id',
    'role-session-name',
    'role-duration-seconds',
    'region',
    'default-region',
    'require-all-regions'
];
/** Inputs only the action reads: they need a GitHub runner (its cache, the pull request, the token). */
const GITHUB_INPUT_NAMES = (/* unused pure expression or super */ null && (['cache', 'changed-only', 'comment', 'github-token']));
/** Inputs whose values are masked the moment they are read. */
const SECRET_INPUTS = [
    'password',
    'github-token',
    'aws-access-key-id',
    'aws-secret-access-key',
    'aws-session-token'
];
/** Inputs taken as given: spaces may belong to a password, indentation to YAML. */
const VERBATIM_INPUTS = (/* unused pure expression or super */ null && (['password', 'values']));


/***/ }),

/***/ 7595:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DH: () => (/* binding */ usesCredentials),
/* harmony export */   kU: () => (/* binding */ parseAuth),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* unused harmony export DEFAULT_ROLE_SESSION_NAME */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);

const AWS_INPUTS = [
    'aws-access-key-id',
    'aws-secret-access-key',
    'aws-session-token',
    'role-arn',
    'external-id',
    'role-session-name',
    'role-duration-seconds'
];
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
const ACCESS_KEY_ID = /^[A-Z0-9]{16,128}$/;
const DEFAULT_ROLE_SESSION_NAME = 'palette-chart-gate';
function parseAuth(raw, problem) {
    const text = (input) => (raw[input] ?? '').trim();
    const authType = text('auth-type').toLowerCase() || 'basic';
    const username = text('username');
    // Passwords are taken as given: surrounding spaces may be part of them.
    const password = raw.password ?? '';
    const awsGiven = AWS_INPUTS.filter(input => text(input) !== '');
    if (authType === 'ecr') {
        if (username !== '' || password !== '') {
            problem(username !== '' ? 'username' : 'password', 'applies to auth-type basic; ECR credentials come from AWS');
        }
        const isProtected = parseBoolean(text('protected'), true, 'protected', problem);
        if (!isProtected) {
            for (const input of awsGiven) {
                problem(input, 'is given, but protected is false (un-protected mode pulls anonymously): set protected: true or drop it');
            }
            return { type: 'ecr', protected: false };
        }
        return { type: 'ecr', protected: true, aws: parseAws(text, problem) };
    }
    if (authType !== 'basic') {
        problem('auth-type', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(authType)} is not one of: basic, ecr`);
        return { type: 'anonymous' };
    }
    for (const input of awsGiven)
        problem(input, 'applies to auth-type ecr');
    if (text('protected') !== '')
        problem('protected', 'applies to auth-type ecr');
    if (username === '' && password === '')
        return { type: 'anonymous' };
    if (username.includes(':'))
        problem('username', 'contains ":", which Basic authentication cannot carry in a user name');
    if (username === '')
        problem('username', 'is required when a password is given');
    if (password === '')
        problem('password', 'is required when a username is given');
    return { type: 'basic', username, password };
}
function parseAws(text, problem) {
    const accessKeyId = text('aws-access-key-id');
    const secretAccessKey = text('aws-secret-access-key');
    const sessionToken = text('aws-session-token');
    if (accessKeyId !== '' && !ACCESS_KEY_ID.test(accessKeyId)) {
        problem('aws-access-key-id', 'is not an AWS access key ID (16 or more capital letters and digits, e.g. AKIA…)');
    }
    if ((accessKeyId === '') !== (secretAccessKey === '')) {
        problem(accessKeyId === '' ? 'aws-access-key-id' : 'aws-secret-access-key', 'is required with the other access key input');
    }
    if (sessionToken !== '' && accessKeyId === '')
        problem('aws-session-token', 'needs aws-access-key-id and aws-secret-access-key');
    const roleChain = text('role-arn')
        .split(/[\s,]+/)
        .filter(arn => arn !== '');
    for (const arn of roleChain) {
        if (!ROLE_ARN.test(arn))
            problem('role-arn', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(arn)} is not an IAM role ARN (arn:aws:iam::123456789012:role/name)`);
    }
    const externalId = text('external-id');
    if (externalId !== '' && !EXTERNAL_ID.test(externalId)) {
        problem('external-id', 'must be 2 to 1224 characters of letters, digits and +=,.@:/-');
    }
    if (externalId !== '' && roleChain.length === 0)
        problem('external-id', 'is only sent when assuming a role: set role-arn');
    const roleSessionName = text('role-session-name') || DEFAULT_ROLE_SESSION_NAME;
    if (!SESSION_NAME.test(roleSessionName)) {
        problem('role-session-name', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(roleSessionName)} is not a valid role session name: 2 to 64 characters of letters, digits and +=,.@_- (no brackets or spaces)`);
    }
    const durationText = text('role-duration-seconds') || '900';
    const durationSeconds = Number(durationText);
    if (roleChain.length > 1 && durationSeconds > 3600) {
        problem('role-duration-seconds', `is ${durationSeconds}, but AWS limits chained roles to 3600 seconds`);
    }
    if (!/^\d+$/.test(durationText) || durationSeconds < 900 || durationSeconds > 43200) {
        problem('role-duration-seconds', `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(durationText)} is not a whole number of seconds from 900 to 43200`);
    }
    return {
        ...(accessKeyId === ''
            ? {}
            : {
                keys: { accessKeyId, secretAccessKey, ...(sessionToken === '' ? {} : { sessionToken }) }
            }),
        roleChain,
        ...(externalId === '' ? {} : { externalId }),
        roleSessionName,
        durationSeconds
    };
}
/** The YAML 1.2 core schema booleans, as core.getBooleanInput accepts them. */
function parseBoolean(value, fallback, input, problem) {
    if (value === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    problem(input, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(value)} is not a boolean: use true or false`);
    return fallback;
}
/** Whether registry requests carry the user's credentials (for the clear-text rule and the layer). */
function usesCredentials(auth) {
    return auth.type === 'basic' || (auth.type === 'ecr' && auth.protected);
}


/***/ }),

/***/ 3494:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qh: () => (/* reexport */ input_names/* INPUT_NAMES */.Qh),
  lh: () => (/* reexport */ MAX_REPOSITORY_LENGTH),
  UW: () => (/* reexport */ checkChartName),
  ex: () => (/* reexport */ checkExactVersion),
  TR: () => (/* binding */ parseRequest),
  y5: () => (/* binding */ requestForLayer),
  IX: () => (/* binding */ timeoutSecondsOf)
});

// UNUSED EXPORTS: SECRET_INPUTS, VERBATIM_INPUTS, inputOrder

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/aws/partitions.ts
var aws_partitions = __nccwpck_require__(5986);
// EXTERNAL MODULE: ./src/registry/registry-endpoint.ts
var registry_endpoint = __nccwpck_require__(2212);
// EXTERNAL MODULE: ./src/inputs/request-auth.ts
var request_auth = __nccwpck_require__(7595);
// EXTERNAL MODULE: ./src/palette/endpoint.ts
var endpoint = __nccwpck_require__(4274);
;// CONCATENATED MODULE: ./src/palette/regions.ts
// Palette's region variable in the endpoint, and region names. Pure. (ECR hosts and AWS partitions
// are aws/partitions.ts.)
/** `{{.spectro.system.aws.region}}`, also spelt with spaces inside the braces. */
const REGION_VARIABLE = /\{\{\s*\.spectro\.system\.aws\.region\s*\}\}/g;
const ANY_TEMPLATE = /\{\{[^}]*\}\}/g;
const REGION = /^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/;
function hasRegionVariable(endpoint) {
    return endpoint.search(REGION_VARIABLE) !== -1;
}
/** Template variables other than the region one; Palette would leave them unfilled. */
function unknownTemplateVariables(endpoint) {
    return endpoint.replace(REGION_VARIABLE, '').match(ANY_TEMPLATE) ?? [];
}
function fillRegion(endpoint, region) {
    return endpoint.replace(REGION_VARIABLE, region);
}
function isRegion(value) {
    return REGION.test(value);
}
/** A comma, space or newline separated list, trimmed and without repeats. */
function parseRegionList(value) {
    return [...new Set(value.split(/[\s,]+/).filter(region => region !== ''))];
}

;// CONCATENATED MODULE: ./src/inputs/request-regions.ts
// The endpoint and the regions it is checked in: Palette's region variable, the region an ECR host
// names, the deployment regions, the default-region fallback and the all-regions release gate. Pure.





/**
 * `needsRegion`: ECR with credentials must know the region to ask for a token.
 * Returns undefined when the endpoint cannot be used (the problems say why).
 */
function parseRegions(raw, needsRegion, problem) {
    const text = (input) => (raw[input] ?? '').trim();
    const endpointText = text('endpoint');
    const regions = parseRegionList(text('region'));
    const defaultRegion = text('default-region');
    const requireAll = (0,request_auth/* parseBoolean */.yG)(text('require-all-regions'), false, 'require-all-regions', problem);
    for (const region of regions.filter(region => !isRegion(region)))
        problem('region', `${(0,errors/* shown */.SP)(region)} is not an AWS region (e.g. us-east-1)`);
    if (defaultRegion !== '' && !isRegion(defaultRegion))
        problem('default-region', `${(0,errors/* shown */.SP)(defaultRegion)} is not an AWS region (e.g. us-east-1)`);
    const valid = regions.filter(isRegion);
    const fallbackRegion = defaultRegion !== '' && isRegion(defaultRegion) ? defaultRegion : undefined;
    const partitions = new Set([...valid, ...(fallbackRegion === undefined ? [] : [fallbackRegion])].map(aws_partitions/* partitionOfRegion */.cn));
    if (partitions.size > 1) {
        problem('region', `mixes AWS partitions (${[...partitions].join(', ')}) with default-region; one run checks one partition`);
    }
    const unknown = unknownTemplateVariables(endpointText);
    for (const variable of unknown) {
        problem('endpoint', `${(0,errors/* shown */.SP)(variable)} is not a variable Palette fills; only {{.spectro.system.aws.region}} is`);
    }
    if (unknown.length > 0)
        return undefined;
    if (hasRegionVariable(endpointText)) {
        const filled = valid.length > 0 ? valid : fallbackRegion === undefined ? [] : [fallbackRegion];
        if (filled.length === 0 && regions.length === 0) {
            problem('region', 'is required: the endpoint holds {{.spectro.system.aws.region}} and no region (or default-region) fills it');
        }
        const at = (region) => regional(fillRegion(endpointText, region), region, problem);
        const deployment = filled
            .map(at)
            .filter((entry) => entry !== undefined);
        // The release gate never falls back; a default-region kept from Palette's settings is fine.
        const fallback = fallbackRegion === undefined || requireAll ? undefined : at(fallbackRegion);
        const [first, ...rest] = deployment;
        if (first === undefined)
            return undefined;
        return {
            deployment: [first, ...rest],
            fallback,
            requireAll
        };
    }
    const parsed = (0,endpoint/* parseEndpoint */.B)(endpointText);
    if (!parsed.ok) {
        problem('endpoint', parsed.message);
        return undefined;
    }
    if (requireAll)
        problem('require-all-regions', 'needs {{.spectro.system.aws.region}} in the endpoint, so that each region has its registry');
    const ecr = (0,aws_partitions/* parseEcrHost */.wl)(parsed.endpoint.hostname);
    if (ecr !== undefined) {
        if (valid.some(region => region !== ecr.region)) {
            problem('region', `lists ${valid.join(', ')}, but the endpoint is the ECR registry of ${ecr.region}; put {{.spectro.system.aws.region}} in the endpoint to check other regions`);
        }
        if (fallbackRegion !== undefined) {
            problem('default-region', 'only applies when the endpoint holds {{.spectro.system.aws.region}}; this endpoint names one region');
        }
        return { deployment: [{ region: ecr.region, endpoint: parsed.endpoint }], requireAll };
    }
    // A registry outside ECR's host names (a pull-through proxy, a local registry): the region, if
    // any is needed, comes from the inputs.
    if (valid.length > 1)
        problem('region', 'lists several regions, which needs {{.spectro.system.aws.region}} in the endpoint');
    const region = valid[0] ?? fallbackRegion;
    if (!needsRegion && region !== undefined) {
        problem(valid.length > 0 ? 'region' : 'default-region', 'applies to protected ECR or to an endpoint that holds {{.spectro.system.aws.region}}');
    }
    if (needsRegion && region === undefined && regions.length === 0) {
        problem('region', `is required: ${parsed.endpoint.hostname} is not an ECR host name, so the region to ask ECR for a token cannot be read from it`);
    }
    return { deployment: [{ region, endpoint: parsed.endpoint }], requireAll };
}
function regional(endpointText, region, problem) {
    const parsed = (0,endpoint/* parseEndpoint */.B)(endpointText);
    if (!parsed.ok) {
        problem('endpoint', `with region ${region}: ${parsed.message}`);
        return undefined;
    }
    const ecr = (0,aws_partitions/* parseEcrHost */.wl)(parsed.endpoint.hostname);
    if (ecr !== undefined && ecr.region !== region) {
        problem('endpoint', `with region ${region} names the ECR region ${ecr.region}`);
    }
    return { region, endpoint: parsed.endpoint };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/inputs/certificates.ts
// A CA bundle from the ca-certificate input, checked before it is used: Node silently ignores a
// certificate it cannot parse, which would end in a TLS error that blames a missing CA.


const BLOCK = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g;
/** Parses every certificate; re-wraps bodies so PEM flattened onto one line (CI variables) works. */
function parseCaBundle(text, source) {
    const blocks = [...text.matchAll(BLOCK)].map(match => (match[1] ?? '').replace(/\s+/g, ''));
    if (blocks.length === 0)
        return {
            ok: false,
            message: `${source} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`
        };
    const certificates = [];
    for (const [index, body] of blocks.entries()) {
        const pem = `-----BEGIN CERTIFICATE-----\n${body.replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`;
        try {
            new external_node_crypto_.X509Certificate(pem);
        }
        catch (error) {
            const reason = (0,errors/* errorMessage */.gJ)(error);
            return {
                ok: false,
                message: `certificate ${index + 1} of ${source} cannot be parsed (${reason})`
            };
        }
        certificates.push(pem);
    }
    return { ok: true, pem: certificates.join('') };
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(2088);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
// EXTERNAL MODULE: ./src/palette/yaml-lines.ts
var yaml_lines = __nccwpck_require__(9034);
;// CONCATENATED MODULE: ./src/inputs/request-layer.ts
// The inputs of one layer: chart, version, layer type and values, checked alone so that a registry's
// settings are parsed once and each layer of a profile only adds its own. Pure.



// OCI repository path component; a chart name is one such component.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;
const MAX_REPOSITORY_LENGTH = 255;
function parseLayerInputs(inputs, baseContentPath, problem) {
    const chartName = inputs.chart.trim();
    const chartMessage = checkChartName(chartName);
    if (chartMessage !== undefined)
        problem('chart', chartMessage);
    const repositoryLength = (baseContentPath === '' ? 0 : baseContentPath.length + 1) + chartName.length;
    if (repositoryLength > MAX_REPOSITORY_LENGTH) {
        // Blame the input that makes the path long, not whichever comes last.
        problem(baseContentPath.length >= chartName.length ? 'base-content-path' : 'chart', `makes the repository path ${repositoryLength} characters long (base-content-path ${baseContentPath.length}, chart ${chartName.length}); registries allow ${MAX_REPOSITORY_LENGTH}`);
    }
    const version = inputs.version.trim();
    const versionMessage = checkExactVersion(version);
    if (versionMessage !== undefined)
        problem('version', versionMessage);
    const type = oneOf(inputs.layerType.trim() || 'oci', ['oci', 'helm'], 'layer-type', problem);
    const values = inputs.values ?? '';
    // The values come from a profile too: read as strictly as the file that holds them (no aliases,
    // bounded nesting and size, duplicate keys in one pass, the first error only).
    const valuesProblem = values.trim() === '' ? undefined : (0,yaml_lines/* parseWithLines */.Nb)(values).syntax;
    if (valuesProblem !== undefined)
        problem('values', `line ${valuesProblem.line} of the values ${valuesProblem.message}`);
    return {
        chart: { name: chartName, version },
        layer: { type, ...(values.trim() === '' ? {} : { values }) }
    };
}
function checkChartName(name) {
    if (name === '')
        return 'is required: the chart name exactly as it is in the registry (e.g. nginx)';
    if (name.includes('/')) {
        return `${(0,errors/* shown */.SP)(name)} contains '/': put the path before the chart name in base-content-path`;
    }
    if (!PATH_COMPONENT.test(name)) {
        return `${(0,errors/* shown */.SP)(name)} is not a valid chart name: lowercase letters and digits, separated by '.', '_' or '-'`;
    }
    return undefined;
}
/** Palette pins a chart by exact version: no ranges, no "latest". */
function checkExactVersion(version) {
    if (version === '')
        return 'is required: the exact chart version (e.g. 15.4.2)';
    if (/^latest$/i.test(version))
        return '"latest" is not a version: give the exact chart version (e.g. 15.4.2)';
    if (/^v?\d/.test(version) && semver_default().valid(version) !== null)
        return undefined;
    if (semver_default().validRange(version) !== null) {
        return `${(0,errors/* shown */.SP)(version)} is a range; Palette pins an exact version, so give one (e.g. 15.4.2)`;
    }
    return `${(0,errors/* shown */.SP)(version)} is not a semantic version (MAJOR.MINOR.PATCH, e.g. 15.4.2 or 1.2.3+build.1)`;
}
function oneOf(value, allowed, input, problem) {
    const [fallback] = allowed;
    const match = allowed.find(candidate => candidate === value.toLowerCase());
    if (match !== undefined)
        return match;
    problem(input, `${(0,errors/* shown */.SP)(value)} is not one of: ${allowed.join(', ')}`);
    return fallback;
}

// EXTERNAL MODULE: ./src/inputs/input-names.ts
var input_names = __nccwpck_require__(3760);
// EXTERNAL MODULE: ./src/palette/kubernetes-target.ts
var kubernetes_target = __nccwpck_require__(933);
;// CONCATENATED MODULE: ./src/inputs/request.ts
// Inputs (from the action or the command line) -> a typed Request. Pure: no I/O here, and every
// problem is collected so the user sees them all at once, before any request is sent.











const DEFAULT_TIMEOUT_SECONDS = 30;
const MAX_TIMEOUT_SECONDS = 600;
const MAX_DEADLINE_SECONDS = 3600;
function parseRequest(raw, files = {}) {
    const problems = [];
    const problem = (input, message) => {
        problems.push({ input, message });
    };
    const text = (input) => (raw[input] ?? '').trim();
    const auth = (0,request_auth/* parseAuth */.kU)(raw, problem);
    const endpoints = parseRegions(raw, auth.type === 'ecr' && auth.protected, problem);
    const everyEndpoint = endpoints === undefined
        ? []
        : [...endpoints.deployment, ...(endpoints.fallback === undefined ? [] : [endpoints.fallback])];
    const firstRegion = everyEndpoint.find(entry => entry.region !== undefined)?.region;
    if (auth.type === 'ecr' && auth.protected && firstRegion !== undefined) {
        const partition = (0,aws_partitions/* partitionOfRegion */.cn)(firstRegion);
        for (const arn of auth.aws.roleChain) {
            const arnPartition = arn.split(':')[1];
            if (arnPartition !== partition) {
                problem('role-arn', `${(0,errors/* shown */.SP)(arn)} is in the ${arnPartition ?? '?'} partition, the regions in ${partition}`);
            }
        }
    }
    for (const { endpoint } of everyEndpoint) {
        if ((0,request_auth/* usesCredentials */.DH)(auth) && endpoint.scheme === 'http' && !(0,registry_endpoint/* isLoopbackHost */.c)(endpoint.hostname)) {
            problem('endpoint', `is plain http:// to ${endpoint.authority}; the credentials would travel in clear text: use https://`);
        }
    }
    const baseContentPath = text('base-content-path').replace(/^\/+|\/+$/g, '');
    if (baseContentPath !== '') {
        const bad = baseContentPath.split('/').find(component => !PATH_COMPONENT.test(component));
        if (bad !== undefined) {
            problem('base-content-path', `${(0,errors/* shown */.SP)(baseContentPath)} is not a repository path: ${(0,errors/* shown */.SP)(bad)} must be lowercase letters and digits, separated by '.', '_' or '-'`);
        }
    }
    const layer = parseLayerInputs({
        chart: text('chart'),
        version: text('version'),
        layerType: text('layer-type'),
        values: raw.values ?? ''
    }, baseContentPath, problem);
    const outputFile = text('output-file');
    const outputFormat = oneOf(text('output-format') || (outputFile.toLowerCase().endsWith('.json') ? 'json' : 'yaml'), ['yaml', 'json'], 'output-format', problem);
    const insecureSkipVerify = (0,request_auth/* parseBoolean */.yG)(text('insecure-skip-tls-verify'), false, 'insecure-skip-tls-verify', problem);
    const timeoutSeconds = parseSeconds(text('timeout-seconds'), MAX_TIMEOUT_SECONDS, 'timeout-seconds', problem) ??
        DEFAULT_TIMEOUT_SECONDS;
    // Twice the request timeout by default: one stalled request and its retry, never four.
    const deadlineSeconds = parseSeconds(text('deadline-seconds'), MAX_DEADLINE_SECONDS, 'deadline-seconds', problem) ??
        2 * timeoutSeconds;
    const caCertificates = parseCaInput(text('ca-certificate'), files, problem);
    const deploy = parseDeploySettings(text('deploy-checks'), raw['kubernetes-version'] ?? '', problem);
    if (problems.length > 0 || endpoints === undefined)
        throw inputOrder(problems);
    const registryUid = text('registry-uid');
    return {
        registry: {
            name: text('registry-name') || endpoints.deployment[0].endpoint.authority,
            ...(registryUid === '' ? {} : { uid: registryUid }),
            endpoints,
            baseContentPath,
            auth
        },
        tls: { ...(caCertificates === undefined ? {} : { caCertificates }), insecureSkipVerify },
        chart: layer.chart,
        layer: layer.layer,
        deploy,
        output: { ...(outputFile === '' ? {} : { file: outputFile }), format: outputFormat },
        timeoutMs: timeoutSeconds * 1000,
        deadlineMs: deadlineSeconds * 1000
    };
}
function parseDeploySettings(checks, kubernetesVersion, problem) {
    const enabled = (0,request_auth/* parseBoolean */.yG)(checks, true, 'deploy-checks', problem);
    const choice = (0,kubernetes_target/* choiceFromInput */._T)(kubernetesVersion);
    if (choice !== undefined && 'problem' in choice)
        problem('kubernetes-version', choice.problem);
    return choice === undefined || 'problem' in choice
        ? {
            checks: enabled,
            kubernetes: { known: false, reason: 'kubernetes-version is not set' },
            fromInput: false
        }
        : { checks: enabled, kubernetes: choice, fromInput: true };
}
function parseCaInput(value, files, problem) {
    if (value === '')
        return undefined;
    const file = files['ca-certificate'];
    let bundle;
    if (value.includes('-----BEGIN'))
        bundle = parseCaBundle(value, 'the PEM text');
    else if (file === undefined || file.path !== value)
        bundle = { ok: false, message: `the file ${value} was not read` };
    else if ('error' in file)
        bundle = {
            ok: false,
            message: `is neither PEM text nor a readable file: ${value} (${file.error})`
        };
    else
        bundle = parseCaBundle(file.text, value);
    if (bundle.ok)
        return bundle.pem;
    problem('ca-certificate', bundle.message);
    return undefined;
}
/** The problems in the order of the inputs, however the checks ran. */
function inputOrder(problems) {
    const order = (problem) => input_names/* INPUT_NAMES */.Qh.findIndex(name => name === problem.input);
    return new errors/* ConfigurationError */.j1([...problems].sort((a, b) => order(a) - order(b)));
}
/**
 * The request for one layer of a registry whose settings are parsed already: only the layer's own
 * inputs (chart, version, layer type, values) are checked, with the registry's TLS material as read.
 */
function requestForLayer(registry, inputs) {
    const problems = [];
    const layer = parseLayerInputs(inputs, registry.registry.baseContentPath, (input, message) => problems.push({ input, message }));
    if (problems.length > 0)
        throw inputOrder(problems);
    return { ...registry, chart: layer.chart, layer: layer.layer };
}
/**
 * timeout-seconds for calls outside the check (GitHub, the Actions cache): as the check reads it,
 * with the default for a value the check itself will refuse.
 */
function timeoutSecondsOf(raw) {
    const value = (raw['timeout-seconds'] ?? '').trim();
    return (parseSeconds(value, MAX_TIMEOUT_SECONDS, 'timeout-seconds', () => undefined) ??
        DEFAULT_TIMEOUT_SECONDS);
}
function parseSeconds(value, max, input, problem) {
    if (value === '')
        return undefined;
    const seconds = Number(value);
    if (!/^\d+(\.\d+)?$/.test(value) || seconds < 1 || seconds > max) {
        problem(input, `${(0,errors/* shown */.SP)(value)} is not a number of seconds between 1 and ${max}`);
        return undefined;
    }
    return seconds;
}


/***/ }),

/***/ 8301:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OM: () => (/* binding */ stringField),
/* harmony export */   dw: () => (/* binding */ parseJsonObject),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* unused harmony export parseJson */
// Reading JSON that a registry sent: never throws, and narrows instead of casting.
function parseJson(bytes) {
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return undefined;
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function parseJsonObject(bytes) {
    const value = parseJson(bytes);
    return isRecord(value) ? value : undefined;
}
/** The field when it is a string. */
function stringField(record, key) {
    const value = record[key];
    return typeof value === 'string' ? value : undefined;
}


/***/ }),

/***/ 4274:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseEndpoint)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
// The registry endpoint as Palette's form takes it: host[:port], optionally with a scheme. Checked
// against the host grammar of image references before anything is looked up, so a typo or an
// invisible character is a configuration error and never a DNS query.

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//;
// The domain grammar of image references (distribution/reference): DNS labels, or an IPv6 literal.
// Underscores too: distribution's grammar has none, but URL, Go and so Helm accept them, and some
// internal host names have them.
const LABEL = /^[a-zA-Z0-9](?:[a-zA-Z0-9_-]{0,61}[a-zA-Z0-9])?$/;
const IPV6 = /^\[[a-fA-F0-9:.]+\]$/;
const PORT = /^[1-9]\d{0,4}$/;
const MAX_HOST_LENGTH = 253;
function parseEndpoint(value) {
    const trimmed = value.trim();
    if (trimmed === '')
        return { ok: false, message: 'is required: the registry host, e.g. myregistry.azurecr.io' };
    const fail = (reason) => ({
        ok: false,
        message: `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(trimmed)} ${reason}`
    });
    const unusual = /[^\x21-\x7e]/u.exec(trimmed);
    if (unusual !== null) {
        const code = `U+${(unusual[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
        return fail(`holds the character ${code} at position ${unusual.index + 1}, which no host name has (often an invisible character pasted with the name); type the endpoint again`);
    }
    const schemeMatch = SCHEME.exec(trimmed);
    const scheme = schemeMatch?.[1]?.toLowerCase();
    if (scheme !== undefined && scheme !== 'https' && scheme !== 'http')
        return fail(`has the scheme ${scheme}://; use https://, http:// or no scheme`);
    // A trailing slash is a common copy-paste from a browser; anything else after the host is a path.
    const rest = trimmed.slice(schemeMatch?.[0].length ?? 0).replace(/\/+$/, '');
    const slash = rest.indexOf('/');
    const authority = slash === -1 ? rest : rest.slice(0, slash);
    if (authority.includes('@'))
        return {
            ok: false,
            message: 'must not contain credentials; use the username and password inputs'
        };
    if (authority === '')
        return fail('has no host name');
    const pathProblem = 'has a path; the endpoint is the host only, put the path in base-content-path';
    if (/[?#]/.test(authority))
        return fail(pathProblem);
    const hostProblem = checkAuthority(authority);
    if (hostProblem !== undefined)
        return fail(hostProblem);
    if (slash !== -1)
        return fail(pathProblem);
    const resolvedScheme = scheme === 'http' ? 'http' : 'https';
    let url;
    try {
        // The checks above admit only what URL keeps as typed, apart from case, a default port (443,
        // 80) and the spelling of an IPv6 address, which name the same registry.
        url = new URL(`${resolvedScheme}://${authority}`);
    }
    catch {
        return fail('is not a host name, host:port or URL');
    }
    return {
        ok: true,
        endpoint: {
            scheme: resolvedScheme,
            authority: url.host,
            hostname: url.hostname,
            origin: `${resolvedScheme}://${url.host}`
        }
    };
}
function checkAuthority(authority) {
    if (authority.includes('%'))
        return "holds '%': a host name is never percent-encoded; write it out";
    const closing = authority.indexOf(']');
    const colon = authority.lastIndexOf(':');
    const portAt = authority.startsWith('[')
        ? closing === -1
            ? authority.length
            : closing + 1
        : colon === -1
            ? authority.length
            : colon;
    const host = authority.slice(0, portAt);
    const port = authority.slice(portAt);
    if (port !== '') {
        const digits = port.slice(1);
        if (!port.startsWith(':') || !PORT.test(digits) || Number(digits) < 1 || Number(digits) > 65535)
            return `has the port ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(port.slice(1))}; a port is a number from 1 to 65535, without leading zeros`;
    }
    if (host.startsWith('[')) {
        if (!IPV6.test(host) || !isIpv6(host.slice(1, -1)))
            return 'is not an IPv6 address in brackets';
        return undefined;
    }
    if (host.length > MAX_HOST_LENGTH)
        return `is ${host.length} characters long; a host name has at most ${MAX_HOST_LENGTH}`;
    const labels = host.split('.');
    const bad = labels.find(label => !LABEL.test(label));
    if (bad !== undefined) {
        return bad === ''
            ? 'is not a host name: it has an empty label (two dots in a row, or a dot at either end)'
            : `is not a host name: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(bad)} is not a label: letters, digits and inner '-' or '_', at most 63`;
    }
    // URL reads a host whose last label is a number as IPv4 (1.2.3 becomes 1.2.0.3): only a plain
    // dotted quad may look like one.
    if (/^(?:\d+|0x[0-9a-f]*)$/i.test(labels.at(-1) ?? '') && !isDottedQuad(labels))
        return 'is not an IPv4 address: four numbers from 0 to 255, without leading zeros';
    return undefined;
}
function isDottedQuad(labels) {
    return (labels.length === 4 &&
        labels.every(label => /^(?:0|[1-9]\d{0,2})$/.test(label) && Number(label) <= 255));
}
function isIpv6(address) {
    try {
        return new URL(`http://[${address}]`).hostname !== '';
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 933:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L0: () => (/* binding */ choiceFromLayer),
/* harmony export */   TL: () => (/* binding */ choiceOverLayer),
/* harmony export */   WR: () => (/* binding */ flavourOfPack),
/* harmony export */   _T: () => (/* binding */ choiceFromInput)
/* harmony export */ });
/* unused harmony exports KUBERNETES_PACKS, PATCHES_JUDGED, kubernetesTarget, targetFromInput */
// The Kubernetes a profile deploys to, from its Kubernetes layer (layer `k8s`): the pack names the
// flavour, its tag the version. A chart's kubeVersion is checked against the version string the
// cluster's API server reports, which Helm compares raw: EKS and GKE report prereleases, k3s and
// RKE2 build metadata, the others plain versions.
/** Palette's Kubernetes packs by name. */
const KUBERNETES_PACKS = {
    kubernetes: 'pxk',
    'kubernetes-eks': 'eks',
    'kubernetes-aks': 'aks',
    'kubernetes-gke': 'gke',
    'edge-k8s': 'edge-k8s',
    'edge-k3s': 'k3s',
    'edge-rke2': 'rke2'
};
/** The flavour of a Kubernetes pack by name (own keys only: a pack named "constructor" is none). */
function flavourOfPack(pack) {
    return Object.hasOwn(KUBERNETES_PACKS, pack) ? KUBERNETES_PACKS[pack] : undefined;
}
/**
 * What each flavour's API server appends to the version. The EKS hash and the GKE build number are
 * not known before the cluster exists: "hash" and "N" stand for any, as only their being a
 * prerelease changes a verdict (unless a constraint names EKS or GKE prereleases itself).
 */
const SUFFIXES = {
    pxk: '',
    aks: '',
    'edge-k8s': '',
    eks: '-eks-hash',
    gke: '-gke.N',
    k3s: '+k3s1',
    rke2: '+rke2r1'
};
/** A minor-only tag stands for its patch releases; these many are judged (1.31.0 to 1.31.39). */
const PATCHES_JUDGED = 40;
const FULL = /^v?(\d{1,4})\.(\d{1,4})\.(\d{1,4})$/;
const MINOR_ONLY = /^v?(\d{1,4})\.(\d{1,4})(?:\.x)?$/;
/** The target a Kubernetes pack's tag names; undefined when the tag is not a Kubernetes version. */
function kubernetesTarget(flavour, tag) {
    const suffix = SUFFIXES[flavour];
    const full = FULL.exec(tag.trim());
    if (full !== null) {
        const [, major, minor, patch] = full.map(Number);
        return { flavour, version: tag, serverVersions: [`v${major}.${minor}.${patch}${suffix}`] };
    }
    const minorOnly = MINOR_ONLY.exec(tag.trim());
    if (minorOnly === null)
        return undefined;
    const [, major, minor] = minorOnly.map(Number);
    return {
        flavour,
        version: tag,
        serverVersions: Array.from({ length: PATCHES_JUDGED }, (_, patch) => `v${major}.${minor}.${patch}${suffix}`)
    };
}
/**
 * A version given as input (`kubernetes-version`): "1.31.10", "1.31", or with the suffix a flavour
 * reports ("v1.31.10-eks-931bdca", "1.31.2+k3s1"), taken as the server reports it.
 */
function targetFromInput(text) {
    const trimmed = text.trim();
    const vendor = /^v?(\d{1,4}\.\d{1,4}\.\d{1,4})([-+][0-9A-Za-z.-]+)$/.exec(trimmed);
    if (vendor !== null) {
        const flavour = flavourOfSuffix(vendor[2] ?? '');
        return {
            flavour,
            version: trimmed,
            serverVersions: [`v${vendor[1] ?? ''}${vendor[2] ?? ''}`],
            suffixed: true
        };
    }
    return kubernetesTarget('pxk', trimmed);
}
function flavourOfSuffix(suffix) {
    if (suffix.startsWith('-eks'))
        return 'eks';
    if (suffix.startsWith('-gke'))
        return 'gke';
    if (suffix.startsWith('+k3s'))
        return 'k3s';
    if (suffix.startsWith('+rke2'))
        return 'rke2';
    return 'pxk';
}
/** The profile's Kubernetes layer as the target, when the gate knows what its API server reports. */
function choiceFromLayer(layer, file) {
    if (layer === undefined)
        return {
            known: false,
            reason: `${file} has no Kubernetes layer (an add-on profile) and kubernetes-version is not set`
        };
    const flavour = flavourOfPack(layer.pack);
    const where = `${layer.file}:${layer.line}`;
    if (flavour === undefined)
        return {
            known: false,
            reason: `the Kubernetes pack ${JSON.stringify(layer.pack)} (${where}) is not one whose version string the gate knows; set kubernetes-version`
        };
    const target = kubernetesTarget(flavour, layer.tag);
    if (target === undefined)
        return {
            known: false,
            reason: `the tag ${JSON.stringify(layer.tag)} of ${layer.pack} (${where}) is not a Kubernetes version`
        };
    return { known: true, source: where, label: `${layer.pack} ${layer.tag}`, targets: [target] };
}
/**
 * kubernetes-version: one version or a list (commas or lines), each as a tag ("1.31", "1.31.10")
 * or as an API server reports it ("v1.31.10-eks-931bdca"); the chart must install on every one.
 */
function choiceFromInput(text) {
    const versions = text
        .split(/[,\n]/)
        .map(version => version.trim())
        .filter(version => version !== '');
    if (versions.length === 0)
        return undefined;
    const targets = [];
    for (const version of versions) {
        const target = targetFromInput(version);
        if (target === undefined)
            return {
                problem: `${JSON.stringify(version)} is not a Kubernetes version: write 1.31, 1.31.10, or the version the API server reports (v1.31.10-eks-931bdca, v1.31.2+k3s1)`
            };
        targets.push(target);
    }
    return { known: true, source: 'kubernetes-version', label: versions.join(', '), targets };
}
/**
 * kubernetes-version over a profile with a Kubernetes layer: a version given without a suffix
 * ("1.31.10") is that version of the profile's flavour, so an EKS profile stays a prerelease.
 */
function choiceOverLayer(choice, layer) {
    const flavour = layer === undefined ? undefined : flavourOfPack(layer.pack);
    if (!choice.known || layer === undefined || flavour === undefined || flavour === 'pxk')
        return choice;
    const targets = choice.targets.map(target => target.suffixed === true ? target : (kubernetesTarget(flavour, target.version) ?? target));
    return { ...choice, label: `${choice.label} (${layer.pack})`, targets };
}


/***/ }),

/***/ 3266:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ZD: () => (/* binding */ buildManifestDocument),
/* harmony export */   sB: () => (/* binding */ renderManifest),
/* harmony export */   wI: () => (/* binding */ buildPackEntry)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8815);
// The Palette cluster-profile pack entry for a verified chart, and the manifest document that
// carries it with the evidence of the check.

function buildPackEntry(layer, registry, chart) {
    return {
        name: chart.metadata.name,
        type: layer.type,
        layer: 'addon',
        tag: chart.metadata.version,
        version: chart.metadata.version,
        values: layer.values ?? chart.contents.values ?? '',
        registry: {
            metadata: {
                ...(registry.uid === undefined ? {} : { uid: registry.uid }),
                name: registry.name,
                kind: 'oci',
                providerType: 'helm',
                isPrivate: registry.isPrivate
            }
        }
    };
}
function buildManifestDocument(layer, registry, chart, checkedAt) {
    const { target, manifest } = chart;
    return {
        apiVersion: 'palette-chart-gate/v1',
        kind: 'ValidatedLayer',
        layer: buildPackEntry(layer, registry, chart),
        verification: {
            valid: true,
            checkedAt: checkedAt.toISOString(),
            resolvedEndpoint: target.endpoint.authority,
            repository: target.repository,
            tag: target.tag,
            reference: `oci://${target.reference}`,
            digest: chart.digest,
            mediaTypes: {
                manifest: manifest.mediaType,
                config: manifest.config.mediaType,
                layers: manifest.layers.map(layer => layer.mediaType)
            },
            chart: chart.metadata,
            annotations: manifest.annotations
        }
    };
}
function renderManifest(document, format) {
    return format === 'json'
        ? `${JSON.stringify(document, null, 2)}\n`
        : yaml__WEBPACK_IMPORTED_MODULE_0__.stringify(document, { lineWidth: 0 });
}


/***/ }),

/***/ 9034:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nb: () => (/* binding */ parseWithLines),
/* harmony export */   ws: () => (/* binding */ scalarText)
/* harmony export */ });
/* unused harmony exports MAX_YAML_VALUES, MAX_NESTING */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8815);
/* harmony import */ var _yaml_text_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7162);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
// YAML (and JSON, which YAML reads) with the line each node starts on, for files users edit:
// profile exports, chart lists, registries files and the digest lock. These files come from pull
// requests, so reading them is bounded and strict: a file too large or too deeply nested for the
// parser's memory is refused before it is parsed; duplicate keys, aliases and merge keys are
// refused on their line (Palette's decoder would read them otherwise than a lenient reader);
// and only the first syntax error is kept, without the pretty context the library builds for each.



/**
 * Values (scalars and flow collections) a document may hold: the parser keeps about 1 KiB per node,
 * so this keeps one file under about 300 MiB. A 50,000-entry lock holds 250,000.
 */
const MAX_YAML_VALUES = 300_000;
/**
 * Nesting deeper than this is refused: brackets 5,000 deep crash the YAML library (a fatal
 * out-of-memory), block nesting a few thousand deep overflows its stack, and Helm values are
 * turned into text by recursion too.
 */
const MAX_NESTING = 100;
const TOO_DEEP = `nests more than ${MAX_NESTING} levels deep, past what the gate reads`;
function parseWithLines(text) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__.LineCounter();
    const lineAt = (offset) => lineCounter.linePos(offset).line;
    const lineOf = (node) => node?.range === undefined || node.range === null ? 1 : lineAt(node.range[0]);
    const refused = (message) => ({
        document: (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(''),
        lineOf: () => 1,
        syntax: { line: 1, message }
    });
    const refusal = measureShape(text);
    if (refusal !== undefined)
        return refused(refusal);
    // uniqueKeys off: the library's own check compares every key with every other (minutes for
    // 100,000 keys); duplicates are found below in one pass. prettyErrors off: it copies the line
    // into each error, and one bad byte in a one-line JSON file makes tens of thousands of them.
    let document;
    try {
        document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text, {
            ..._yaml_text_js__WEBPACK_IMPORTED_MODULE_1__/* .QUIET_YAML */ .Jt,
            lineCounter,
            uniqueKeys: false,
            prettyErrors: false
        });
    }
    catch (error) {
        // Block nesting is not measured before parsing; the library's recursion finds it too deep.
        if (isStackOverflow(error))
            return refused(TOO_DEEP);
        throw error;
    }
    const [error] = document.errors;
    if (error !== undefined && /call stack/i.test(error.message))
        return refused(TOO_DEEP);
    if (error !== undefined) {
        return {
            document,
            lineOf,
            syntax: {
                line: lineAt(error.pos[0]),
                message: `is not valid JSON or YAML: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(error.message.split('\n')[0] ?? '')}`
            }
        };
    }
    const problem = firstStructureProblem(document.contents, lineOf);
    return problem === undefined ? { document, lineOf } : { document, lineOf, syntax: problem };
}
/** Why the text is too large for the parser, from one pass of its lexer; undefined when it is not. */
function measureShape(text) {
    const nesting = (0,_yaml_text_js__WEBPACK_IMPORTED_MODULE_1__/* .blockNestingProblem */ .Br)(text);
    if (nesting !== undefined)
        return nesting;
    let values = 0;
    let depth = 0;
    for (const lexeme of new yaml__WEBPACK_IMPORTED_MODULE_0__.Lexer().lex(text)) {
        // The lexer marks a plain scalar with \x1f; a quoted scalar starts with its quote.
        const first = lexeme.charAt(0);
        // A block sequence item (-) or complex key (?) starts a node too, empty or not.
        if (first === '\x1f' ||
            first === '"' ||
            first === "'" ||
            first === '[' ||
            first === '{' ||
            lexeme === '-' ||
            lexeme === '?')
            values++;
        if (lexeme === '[' || lexeme === '{')
            depth++;
        else if (lexeme === ']' || lexeme === '}')
            depth = Math.max(0, depth - 1);
        if (values > MAX_YAML_VALUES)
            return `holds more than ${MAX_YAML_VALUES.toLocaleString('en-US')} values, past what the gate reads in one file; split it`;
        if (depth > MAX_NESTING)
            return `nests brackets more than ${MAX_NESTING} deep, past what the gate reads`;
    }
    return undefined;
}
/**
 * The duplicate key, alias or merge key nearest the start of the file, walking every node once (no
 * recursion: a deep file must not exhaust the stack; no alias is followed, so a bomb costs nothing).
 */
function firstStructureProblem(root, lineOf) {
    let first;
    const found = (node, message) => {
        const offset = node.range?.[0] ?? 0;
        if (first === undefined || offset < first.offset)
            first = { offset, node, message };
    };
    const pending = [{ node: root, depth: 0 }];
    while (pending.length > 0) {
        const { node, depth } = pending.pop() ?? { node: undefined, depth: 0 };
        if (depth > MAX_NESTING && ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(node))) {
            found(node, TOO_DEEP);
            continue;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isAlias)(node))
            found(node, `uses the alias *${node.source}: the gate reads what is written, so write the value out instead of an anchor and alias`);
        // One at a time: spreading 300,000 items into push would overflow the call's arguments.
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(node))
            for (const item of node.items)
                pending.push({ node: item, depth: depth + 1 });
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(node))
            continue;
        const keys = new Set();
        for (const pair of node.items) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isPair)(pair))
                continue;
            pending.push({ node: pair.value, depth: depth + 1 });
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(pair.key)) {
                // Helm reads keys as text; a mapping or a list as a key is rendered by recursion that
                // grows with the square of its nesting.
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isNode)(pair.key))
                    found(pair.key, 'uses a mapping or a list as a key: write keys as single values');
                continue;
            }
            const key = pair.key.value;
            if (key === '<<')
                found(pair.key, 'uses a merge key (<<): the gate reads what is written, so write the keys out instead');
            const identity = `${typeof key}:${String(key)}`;
            if (keys.has(identity))
                found(pair.key, `is not valid JSON or YAML: Map keys must be unique; ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(JSON.stringify(String(key)))} appears twice in one mapping`);
            keys.add(identity);
        }
    }
    return first === undefined ? undefined : { line: lineOf(first.node), message: first.message };
}
/** A RangeError from the call stack; by name, as errors from another realm are not instances. */
function isStackOverflow(error) {
    return (typeof error === 'object' &&
        error !== null &&
        'name' in error &&
        error.name === 'RangeError' &&
        'message' in error &&
        /call stack/i.test(String(error.message)));
}
/**
 * A scalar as the user wrote it: a version 1.10 stays "1.10", not the number 1.1. Undefined for
 * a mapping or a list; empty for null.
 */
function scalarText(node) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(node))
        return undefined;
    if (node.value === null || node.value === undefined)
        return '';
    if (typeof node.value === 'object')
        return undefined;
    return typeof node.source === 'string' ? node.source : String(node.value);
}


/***/ }),

/***/ 8105:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cf: () => (/* binding */ defaultCertificates),
/* harmony export */   N4: () => (/* binding */ flattenHeaders),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   v7: () => (/* binding */ pause)
/* harmony export */ });
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_0__);

// Node 22.15+ exposes the default store, NODE_EXTRA_CA_CERTS included; older Node only the bundled roots.
function defaultCertificates() {
    const withStore = (node_tls__WEBPACK_IMPORTED_MODULE_0___default());
    return withStore.getCACertificates?.('default') ?? (node_tls__WEBPACK_IMPORTED_MODULE_0___default().rootCertificates);
}
function flattenHeaders(headers) {
    const flat = {};
    for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined)
            flat[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    return flat;
}
function parseRetryAfter(value) {
    if (value === undefined)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
function pause(milliseconds) {
    return new Promise(resolve => setTimeout(resolve, milliseconds));
}


/***/ }),

/***/ 9867:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ MANIFEST_MEDIA_TYPES)
/* harmony export */ });
// The manifest media types of the OCI distribution spec and Docker's schema 2: what the client asks
// for when it reads a manifest. Artifact types (Helm's among them) belong to their owners.
const MANIFEST_MEDIA_TYPES = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json'
};


/***/ }),

/***/ 9740:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AO: () => (/* binding */ RegistryPaces),
/* harmony export */   WH: () => (/* binding */ DEFAULT_CONCURRENCY)
/* harmony export */ });
/* unused harmony export RegistryPace */
// How hard the run presses one registry: at most `concurrency` requests in flight to its origin,
// granted in the order asked. A throttling answer (429, or any answer with Retry-After) slows the
// whole run's pace there, not only the request that got it: every request waits out the pause, and
// the requests allowed in flight are halved, then grow back by one per window of good answers.
/**
 * Requests in flight to one registry at a time, unless the run says otherwise (`concurrency`).
 * Chosen from round trips of 40 ms (docs/performance.md, "Far registries"): 500 charts took 9.8 s at
 * 4, 5.9 s at 8, 4.6 s at 16 and no less at 32 or 64, where the registries' CPU is the limit.
 */
const DEFAULT_CONCURRENCY = 16;
class RegistryPace {
    concurrency;
    inFlight = 0;
    allowed;
    resumeAt = 0;
    answeredSinceGrowth = 0;
    waiting = [];
    timer;
    constructor(concurrency) {
        this.concurrency = concurrency;
        this.allowed = concurrency;
    }
    /** Requests the registry lets through at once now (the concurrency, less what throttling took). */
    get currentLimit() {
        return this.allowed;
    }
    /** Waits for a slot and for the end of any pause; returns what frees the slot (once). */
    async acquire() {
        if (this.waiting.length > 0 || this.inFlight >= this.allowed || Date.now() < this.resumeAt) {
            await new Promise(resolve => {
                this.waiting.push(resolve);
                this.grant();
            });
        }
        else {
            this.inFlight++;
        }
        let freed = false;
        return () => {
            if (freed)
                return;
            freed = true;
            this.inFlight--;
            this.grant();
        };
    }
    /** A good answer: after as many of them as are allowed in flight, one more is allowed. */
    answered() {
        if (this.allowed >= this.concurrency)
            return;
        if (++this.answeredSinceGrowth < this.allowed)
            return;
        this.allowed++;
        this.answeredSinceGrowth = 0;
        this.grant();
    }
    /**
     * The registry throttled: nothing more is sent to it for `pauseMs`, and half as much at once.
     * Answers throttled while a pause runs were sent before it: they extend it but halve no further.
     */
    throttled(pauseMs) {
        const now = Date.now();
        if (now >= this.resumeAt) {
            this.allowed = Math.max(1, Math.floor(this.allowed / 2));
            this.answeredSinceGrowth = 0;
        }
        this.resumeAt = Math.max(this.resumeAt, now + pauseMs);
    }
    /** Hands free slots to waiting requests, in order, once any pause is over. */
    grant() {
        const wait = this.resumeAt - Date.now();
        if (wait > 0) {
            if (this.waiting.length > 0)
                this.timer ??= setTimeout(() => {
                    this.timer = undefined;
                    this.grant();
                }, wait);
            return;
        }
        while (this.inFlight < this.allowed) {
            const next = this.waiting.shift();
            if (next === undefined)
                return;
            this.inFlight++;
            next();
        }
    }
}
/** One pace per registry origin, shared by every transport of the run. */
class RegistryPaces {
    concurrency;
    paces = new Map();
    constructor(concurrency) {
        this.concurrency = concurrency;
    }
    of(url) {
        let pace = this.paces.get(url.origin);
        if (pace === undefined) {
            pace = new RegistryPace(this.concurrency);
            this.paces.set(url.origin, pace);
        }
        return pace;
    }
}


/***/ }),

/***/ 4263:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q_: () => (/* binding */ TunnelingAgent),
/* harmony export */   YB: () => (/* binding */ proxyAuthorization),
/* harmony export */   iJ: () => (/* binding */ proxyFor),
/* harmony export */   zH: () => (/* binding */ proxySettingsFromEnv)
/* harmony export */ });
/* unused harmony export proxyAddress */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _registry_endpoint_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(2212);
/* harmony import */ var _headers_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8105);
/* harmony import */ var _transport_failures_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3740);
// HTTP(S) proxies as runners configure them (https_proxy, http_proxy, no_proxy, lower case first
// as curl, undici and Node read them), including the CONNECT tunnel that carries TLS to the
// registry through the proxy. An https:// proxy is spoken to over TLS; an IPv6 proxy works.







function proxySettingsFromEnv(env) {
    const read = (...names) => {
        const value = names
            .map(name => env[name]?.trim())
            .find(candidate => candidate !== undefined && candidate !== '');
        if (value === undefined)
            return undefined;
        try {
            return new URL(value.includes('://') ? value : `http://${value}`);
        }
        catch {
            return undefined;
        }
    };
    const noProxy = ([env.no_proxy, env.NO_PROXY].find(value => value !== undefined && value.trim() !== '') ?? '')
        .split(',')
        .map(entry => entry.trim().toLowerCase())
        .filter(entry => entry !== '');
    const httpsProxy = read('https_proxy', 'HTTPS_PROXY');
    const httpProxy = read('http_proxy', 'HTTP_PROXY');
    return {
        httpsProxy,
        httpProxy,
        noProxy
    };
}
/** The proxy to use for a request to `target`, if any. Loopback is always reached directly. */
function proxyFor(target, settings) {
    const proxy = target.protocol === 'https:' ? settings.httpsProxy : settings.httpProxy;
    if (proxy === undefined || (0,_registry_endpoint_js__WEBPACK_IMPORTED_MODULE_6__/* .isLoopbackHost */ .c)(target.hostname))
        return undefined;
    const host = target.hostname.toLowerCase();
    const port = target.port || (target.protocol === 'https:' ? '443' : '80');
    const bypass = settings.noProxy.some(entry => {
        if (entry === '*')
            return true;
        const [entryHost = '', entryPort] = entry.split(/:(?=\d+$)/);
        if (entryPort !== undefined && entryPort !== port)
            return false;
        const domain = entryHost.replace(/^\*?\./, '');
        return host === domain || host.endsWith(`.${domain}`);
    });
    return bypass ? undefined : proxy;
}
/** Headers a request to the proxy itself carries (credentials from the proxy URL). */
function proxyAuthorization(proxy) {
    if (proxy.username === '')
        return {};
    const credentials = `${decodeLenient(proxy.username)}:${decodeLenient(proxy.password)}`;
    return { 'proxy-authorization': `Basic ${Buffer.from(credentials).toString('base64')}` };
}
// A proxy password with a stray '%' is taken literally rather than failing the whole run.
function decodeLenient(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/**
 * An https.Agent that reaches each host directly or, as proxyFor decides, through a CONNECT tunnel;
 * pooled and kept alive like any agent. The registry client and the AWS SDK both use it.
 */
class TunnelingAgent extends (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent) {
    proxySettings;
    tunnelWait;
    /** CAs configured anywhere in the run (ca-certificate): an https:// proxy is trusted with them. */
    proxyCas = new Set();
    constructor(proxySettings, 
    /**
     * Asked at each tunnel: the request timeout, or less when the run's deadline is closer (then a
     * tunnel that times out failed at the deadline, and says so).
     */
    tunnelWait, options) {
        super(options);
        this.proxySettings = proxySettings;
        this.tunnelWait = tunnelWait;
    }
    trustProxyWith(caCertificates) {
        this.proxyCas.add(caCertificates);
    }
    createConnection(options, callback) {
        const host = String(options.hostname ?? options.host ?? 'localhost').replace(/^\[|\]$/g, '');
        const target = new URL(`https://${(0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(host) === 6 ? `[${host}]` : host}:${String(options.port ?? 443)}`);
        const proxy = proxyFor(target, this.proxySettings);
        if (proxy === undefined || callback === undefined)
            return super.createConnection(options, callback);
        // The proxy is the run's, not the registry's: its certificate is always verified, against the
        // default roots and the run's CAs, whatever one registry's TLS settings say.
        const trust = {
            ...(this.proxyCas.size === 0 ? {} : { ca: [...(0,_headers_js__WEBPACK_IMPORTED_MODULE_4__/* .defaultCertificates */ .Cf)(), ...this.proxyCas] }),
            rejectUnauthorized: true
        };
        openTunnel(proxy, target, this.tunnelWait(), trust).then(socket => {
            // The certificate is checked against the registry's name or IP, never the proxy's.
            const secure = node_tls__WEBPACK_IMPORTED_MODULE_3___default().connect({
                socket,
                host,
                ...((0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(host) === 0 ? { servername: host } : {}),
                ca: options.ca,
                rejectUnauthorized: options.rejectUnauthorized !== false
            });
            callback(null, secure);
        }, (error) => {
            // On error Node's agent reads only the error; the stream argument is never used.
            const failure = error instanceof Error ? error : new ProxyFailure(String(error));
            callback(failure, undefined);
        });
        return undefined;
    }
}
class ProxyFailure extends Error {
    code;
    /** Read by the transport to tell a proxy failure (or one at the run's deadline) from a registry one. */
    constructor(message, code = 'PROXY') {
        super(message);
        this.code = code;
    }
}
/** Where to reach a proxy: an IPv6 address without its brackets, the scheme's default port. */
function proxyAddress(proxy) {
    const secure = proxy.protocol === 'https:';
    return {
        host: proxy.hostname.replace(/^\[|\]$/g, ''),
        port: Number(proxy.port || (secure ? 443 : 80)),
        secure
    };
}
/**
 * Opens a CONNECT tunnel through `proxy` to the target's host and port; over TLS to an https://
 * proxy, whose certificate is checked with the request's own trust (ca-certificate included).
 */
function openTunnel(proxy, target, wait, trust) {
    const authority = `${target.hostname}:${target.port || '443'}`;
    const address = proxyAddress(proxy);
    return new Promise((resolve, reject) => {
        const connectOptions = {
            host: address.host,
            port: address.port,
            method: 'CONNECT',
            path: authority,
            headers: { host: authority, ...proxyAuthorization(proxy) },
            timeout: Math.max(1, wait.milliseconds),
            // Its own connection: a pooled one would be handed back to the pool as a tunnel.
            agent: false
        };
        const request = address.secure
            ? node_https__WEBPACK_IMPORTED_MODULE_1___default().request({
                ...connectOptions,
                ...trust,
                // The proxy's own name (or no SNI for an IP), never the Host header's registry name.
                servername: (0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(address.host) === 0 ? address.host : ''
            })
            : node_http__WEBPACK_IMPORTED_MODULE_0___default().request(connectOptions);
        request.once('connect', (response, socket) => {
            if (response.statusCode === 200) {
                resolve(socket);
                return;
            }
            socket.destroy();
            reject(new ProxyFailure(`the proxy ${proxy.host} answered ${response.statusCode ?? '?'} to CONNECT ${authority}${response.statusCode === 407 ? ' (it wants credentials: put user:password in the proxy URL)' : ''}`));
        });
        request.once('timeout', () => request.destroy(new ProxyFailure(`the proxy ${proxy.host} did not answer in time`, wait.cutByDeadline ? _transport_failures_js__WEBPACK_IMPORTED_MODULE_5__/* .DEADLINE_CODE */ .Hm : 'PROXY')));
        request.once('error', error => reject(error instanceof ProxyFailure
            ? error
            : new ProxyFailure(`cannot reach the proxy ${proxy.host}: ${error.message}`)));
        request.end();
    });
}


/***/ }),

/***/ 2212:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ isLoopbackHost)
/* harmony export */ });
// Where a registry is: the little the OCI client needs to know of a host. Parsed elsewhere (the
// product's endpoint form); here only the shape and the one rule the transport enforces.
/** Loopback hosts are the one place credentials may travel over plain HTTP (local registries, tests). */
function isLoopbackHost(hostname) {
    const host = hostname.toLowerCase();
    return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}


/***/ }),

/***/ 3740:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Az: () => (/* binding */ TransportFailure),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   ET: () => (/* binding */ redirectTarget),
/* harmony export */   Hm: () => (/* binding */ DEADLINE_CODE),
/* harmony export */   Ic: () => (/* binding */ describeFailure)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
// What went wrong on the wire, turned into the gate's typed errors with a hint for the user.

const TLS_ERRORS = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|EPROTO|ERR_SSL/;
class TransportFailure extends Error {
    code;
    constructor(code, message) {
        // OpenSSL messages carry newlines; the user sees one line.
        super(message.replace(/\s+/g, ' ').trim());
        this.code = code;
    }
}
function redirectTarget(location, from) {
    let next;
    try {
        next = new URL(location, from);
    }
    catch {
        next = undefined;
    }
    if (next === undefined || (next.protocol !== 'https:' && next.protocol !== 'http:')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl(`${redact(from)} redirected to an unusable location`, 'The registry sent a redirect the gate cannot follow; check the endpoint.');
    }
    return next;
}
/** Query strings may hold presigned credentials (S3 redirects): never log them. */
/** A wait the run's deadline cut short: reported as the deadline, not as the thing waited for. */
const DEADLINE_CODE = 'DEADLINE';
function redact(url) {
    return `${url.origin}${url.pathname}${url.search === '' ? '' : '?…'}`;
}
function describeFailure(url, failure) {
    const where = `${url.origin}`;
    if (failure.code === 'TIMEOUT') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl(`${where} did not answer in time (${failure.message})`, 'Check that the endpoint is reachable from the runner, or raise timeout-seconds.');
    }
    if (failure.code === 'PROXY') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl(`Cannot reach ${where} through the proxy: ${failure.message}`, 'Check HTTPS_PROXY / HTTP_PROXY, and NO_PROXY for hosts that must be reached directly.');
    }
    if (failure.code === 'TOO_LARGE') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl(`${redact(url)}: ${failure.message}`, 'This is not what a registry sends for a chart; check the endpoint.');
    }
    if (TLS_ERRORS.test(failure.code) || TLS_ERRORS.test(failure.message)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl(`TLS with ${where} failed: ${failure.message} (${failure.code})`, 'If the registry uses a private CA, pass it in ca-certificate; if it speaks plain HTTP, write the endpoint as http://host:port. insecure-skip-tls-verify turns verification off (not recommended).');
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl(`Cannot reach ${where}: ${failure.message} (${failure.code})`, 'Check the endpoint host and port, and that the registry is reachable from the runner.');
}


/***/ }),

/***/ 8652:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fQ: () => (/* binding */ writeDocumentFile),
/* harmony export */   hP: () => (/* binding */ writeManifestFile)
/* harmony export */ });
/* unused harmony export defaultManifestPath */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _palette_layer_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3266);
/* harmony import */ var _workspace_files_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7076);
// Writes the validated manifest where the user asked, or to a predictable place in the runner's temp.




/** One file per registry, repository and tag, so several checks in one job never overwrite each other. */
function defaultManifestPath(request, target, gateFolder) {
    const extension = request.output.format === 'json' ? 'json' : 'yaml';
    const name = `${target.endpoint.authority}/${target.repository}-${target.tag}`.replace(/[^A-Za-z0-9._-]+/g, '_');
    return path.join(gateFolder, `${name}.${extension}`);
}
async function writeManifestFile(filePath, document, request, access) {
    return writeDocumentFile(filePath, (0,_palette_layer_js__WEBPACK_IMPORTED_MODULE_2__/* .renderManifest */ .sB)(document, request.output.format), access);
}
/** Writes a rendered document; an unwritable output-file is the user's to fix, not a crash. */
async function writeDocumentFile(filePath, text, access) {
    try {
        return await (0,_workspace_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeWholeFile */ .R0)(filePath, text, access);
    }
    catch (error) {
        if (!(error instanceof _workspace_files_js__WEBPACK_IMPORTED_MODULE_3__/* .FileWriteError */ .M$))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1([{ input: 'output-file', message: `${filePath} ${error.reason}` }], 'Give output-file a file path in a writable folder of the workspace (not a folder, not a symbolic link).', { cause: error });
    }
}


/***/ }),

/***/ 7076:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ fileSystemCode),
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   M$: () => (/* binding */ FileWriteError),
/* harmony export */   MY: () => (/* binding */ readFileBytes),
/* harmony export */   Nm: () => (/* binding */ realPathWithin),
/* harmony export */   R0: () => (/* binding */ writeWholeFile),
/* harmony export */   SK: () => (/* binding */ FILE_LIMITS),
/* harmony export */   bi: () => (/* binding */ writeProblem),
/* harmony export */   qK: () => (/* binding */ COMMAND_LINE_ACCESS),
/* harmony export */   zU: () => (/* binding */ MAX_PROFILE_FILES)
/* harmony export */ });
/* unused harmony export actionFileAccess */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
// The files the gate reads and writes: profiles, chart lists, the registries file, the lock, CA
// files, the manifest and cached archives. A pull request controls what these paths hold, so every
// read has a size bound and only reads a regular file, and no write goes through a symbolic link.
// In the action, every path must also resolve (symbolic links followed) inside the workspace or
// the runner's temp; the command line reads what its user names.




/** Size bounds of the files the gate reads, in bytes, each named in the error that applies it. */
const FILE_LIMITS = {
    /** A profile export or chart list: a large Palette profile is some hundred KiB. */
    profile: 4 * 1024 * 1024,
    /** Every profile file of one run together. */
    profiles: 32 * 1024 * 1024,
    registries: 1024 * 1024,
    /** About 50,000 entries. */
    lock: 8 * 1024 * 1024,
    certificate: 1024 * 1024
};
/** How many files charts-file may match: more is a glob gone wrong, not a profile set. */
const MAX_PROFILE_FILES = 2000;
/**
 * The file's real path, symbolic links followed, or why the action may not read it. The command
 * line reads what its user names: a path it cannot resolve is reported when it is read.
 */
async function realPathWithin(absolute, access) {
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(absolute);
    }
    catch (error) {
        if (access.confinedTo === undefined)
            return { real: absolute };
        return cannotBeRead(error);
    }
    if (access.confinedTo === undefined || (await isInside(real, access.confinedTo)))
        return { real };
    return {
        problem: `is outside the workspace (the path, or a symbolic link on it, leads out of it); the action reads only files in the workspace or the runner's temp`
    };
}
/** The file's text, read up to `maxBytes`; never its content when it is refused. */
async function readTextFile(file, access, maxBytes) {
    const reading = await readFileBytes(file, access, maxBytes);
    return 'bytes' in reading ? { text: reading.bytes.toString('utf8') } : reading;
}
/** The file's bytes, read up to `maxBytes`; only a regular file, never a device or a folder. */
async function readFileBytes(file, access, maxBytes) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(access.workspace, file);
    const within = await realPathWithin(absolute, access);
    if ('problem' in within)
        return within;
    let handle;
    try {
        // Without O_NONBLOCK, opening a named pipe waits for a writer, forever; a regular file reads as
        // before. What is opened is refused below unless it is a regular file.
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(absolute, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK);
    }
    catch (error) {
        return cannotBeRead(error);
    }
    try {
        const stats = await handle.stat();
        // A device or a pipe (/dev/zero) never ends; a folder is no file.
        if (!stats.isFile())
            return { problem: 'is not a regular file' };
        if (stats.size > maxBytes)
            return { problem: tooLarge(stats.size, maxBytes) };
        // Read one byte past the bound: a file that grew since stat is still refused, not cut.
        let buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
        let length = 0;
        for (;;) {
            if (length === buffer.length) {
                // The file grew since stat: read on, still no further than the bound.
                const larger = Buffer.alloc(Math.min(buffer.length * 2, maxBytes + 1));
                buffer.copy(larger);
                buffer = larger;
            }
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
            if (bytesRead === 0)
                break;
            length += bytesRead;
            if (length > maxBytes)
                return { problem: tooLarge(length, maxBytes) };
        }
        return { bytes: buffer.subarray(0, length) };
    }
    catch (error) {
        return cannotBeRead(error);
    }
    finally {
        await handle.close();
    }
}
/** The reason a file may not be written at that path; undefined when it may. */
async function writeProblem(absolute, access) {
    try {
        const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(absolute);
        if (existing.isSymbolicLink())
            return 'is a symbolic link, and the gate never writes through one';
        if (existing.isDirectory())
            return 'cannot be written (EISDIR): it is a folder';
    }
    catch (error) {
        if (fileSystemCode(error, '') !== 'ENOENT')
            return `cannot be written (${fileSystemCode(error, 'unwritable')})`;
    }
    if (access.confinedTo === undefined)
        return undefined;
    // The nearest folder that exists decides: the folders made below it cannot be links.
    let folder = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(absolute);
    for (;;) {
        try {
            const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(folder);
            return (await isInside(real, access.confinedTo))
                ? undefined
                : 'is outside the workspace (the path, or a symbolic link on it, leads out of it); the action writes only in the workspace or the runner temp';
        }
        catch (error) {
            const parent = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(folder);
            if (fileSystemCode(error, '') !== 'ENOENT' || parent === folder)
                return `cannot be written (${fileSystemCode(error, 'unwritable')})`;
            folder = parent;
        }
    }
}
/**
 * Writes the content whole or not at all: written aside, then renamed over the path, which replaces a
 * link made meanwhile instead of writing through it. Throws a FileWriteError saying why.
 */
async function writeWholeFile(file, content, access) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(access.workspace, file);
    const refused = await writeProblem(absolute, access);
    if (refused !== undefined)
        throw new FileWriteError(refused);
    const aside = `${absolute}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}.partial`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(absolute), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(aside, content, { flag: 'wx' });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(aside, absolute);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(aside, { force: true }).catch(() => undefined);
        throw new FileWriteError(`cannot be written (${fileSystemCode(error, 'unwritable')})`, {
            cause: error
        });
    }
    return absolute;
}
class FileWriteError extends Error {
    reason;
    constructor(reason, options) {
        super(reason, options);
        this.reason = reason;
        this.name = 'FileWriteError';
    }
}
/** The command line's: paths start at the working directory, and its user names what it reads. */
const COMMAND_LINE_ACCESS = { workspace: '.' };
/** The folders the action may read and write in: the workspace and the runner's temp. */
function actionFileAccess(workspace, runnerTemp) {
    return { workspace, confinedTo: [workspace, runnerTemp] };
}
async function isInside(real, roots) {
    for (const root of roots) {
        let realRoot;
        try {
            realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(root);
        }
        catch {
            continue;
        }
        const relative = node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(realRoot, real);
        const leaves = relative === '..' || relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)}`);
        if (!leaves && !node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(relative))
            return true;
    }
    return false;
}
function cannotBeRead(error) {
    const code = fileSystemCode(error, 'unreadable');
    return { problem: `cannot be read (${code})`, code };
}
function tooLarge(bytes, maxBytes) {
    return `is ${mebibytes(bytes)}${bytes > maxBytes + 1 ? '' : ' or more'}, past the ${mebibytes(maxBytes)} the gate reads of such a file`;
}
function mebibytes(bytes) {
    return `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MiB`;
}
/** The file system's code for a failure (ENOENT, ELOOP), or the fallback for any other error. */
function fileSystemCode(error, fallback) {
    return typeof error === 'object' && error !== null && 'code' in error
        ? String(error.code)
        : fallback;
}


/***/ }),

/***/ 7162:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ blockNestingProblem),
/* harmony export */   Jt: () => (/* binding */ QUIET_YAML)
/* harmony export */ });
/* unused harmony export MAX_BLOCK_COLUMN */
// YAML that a pull request or a registry controls, read safely: the parser prints nothing (its
// warnings quote the text, and a quoted line can be a workflow command), and block nesting is
// bounded before the parser sees the text. The parser recurses once per level: nested ten
// thousand deep, V8 aborts the whole process, which no catch can stop.
/** Options for every parse of such text: warnings kept in the document, never printed. */
const QUIET_YAML = { logLevel: 'error' };
/** The column past which no block node may start: about 500 levels of compact `- - -`. */
const MAX_BLOCK_COLUMN = 1000;
// Indentation, and the indicators that open a nested block on the same line (`- `, `? `, `: `).
const LEADING = /^(?:[ \t]|[-?:](?=[ \t]|$))*/;
/** Why the text nests blocks too deep to be parsed; undefined when it does not. */
function blockNestingProblem(text) {
    let start = 0;
    while (start < text.length) {
        const end = text.indexOf('\n', start);
        const line = text.slice(start, end === -1 ? text.length : end);
        if ((LEADING.exec(line)?.[0].length ?? 0) > MAX_BLOCK_COLUMN)
            return `nests blocks past column ${MAX_BLOCK_COLUMN}, deeper than the gate reads`;
        if (end === -1)
            break;
        start = end + 1;
    }
    return undefined;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
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
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
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
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
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
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
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
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
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
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
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
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
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
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

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
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
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
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
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
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
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
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
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
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
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
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
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
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
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


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
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
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
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
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
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
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
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
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
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
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
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
        // Not using `instanceof Schema` to allow for duck typing
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
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
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
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
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
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
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


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
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
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
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
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
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
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
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
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



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


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
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
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
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
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
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
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
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
            else if (node === undefined && this.schema)
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
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
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
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
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
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
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
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
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
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

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
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
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
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
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
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
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
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
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
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
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
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
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
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
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
        return typeof idx === 'number' && idx < this.items.length;
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
        if (typeof idx !== 'number')
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
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
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
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
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
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
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


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

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


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
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


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
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


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
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
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
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
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
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
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
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
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
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
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
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
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
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
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
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
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
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
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
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
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
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
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
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
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
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
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
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
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
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
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
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
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
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
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
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
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
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
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
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
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
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


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
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
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
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
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
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
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
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


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
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


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
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


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
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
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
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
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
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
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
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
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
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


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
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
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
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
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
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
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
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
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
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
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
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
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
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
    if (typeof visitor === 'function')
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
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
