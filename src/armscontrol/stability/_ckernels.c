/* The engagement kernels compiled ahead of time: the C form of armscontrol/stability/kernels.py.
 *
 * The same algorithms and truncation, loaded with ctypes by armscontrol/stability/ckernels.py, so that a command
 * runs no compiler and does not import numba. Built by the package's build backend (setuptools, see
 * pyproject.toml); where it is not built, the numba kernels are used. One difference of form: where a defence's
 * capacity binds, the salvo kernel evaluates arriving counts in blocks that share one pass over the undiscriminated
 * decoys (salvo_block; docs/stability.md, "Counts in blocks"), where the numba kernels take each count alone (as
 * this file does for a block of one, ck_salvo_rows and block = 1); the two agree within the rounding
 * (tests/stability/test_count_blocks.py). Compiled with -ffp-contract=off: the compensated sum of binomial_beyond
 * and the agreement with the numba kernels (tests/stability/test_ckernels.py) rely on every product being rounded.
 */
#include <Python.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

typedef int64_t i64;

#define EXPORT __attribute__((visibility("default")))

/* The hot functions in two versions, AVX2 and baseline, chosen by the loader for the machine
 * that runs them (a build on one machine stays correct on another). */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define HOT __attribute__((target_clones("avx2", "default")))
#else
#define HOT
#endif

/* Four doubles as one value (GCC/Clang vector extension, 4 lanes of AVX2 or 2 × 2 of SSE2); v4u may be
 * unaligned. Macros rather than functions, so that no vector crosses a call (its ABI differs between the clones). */
typedef double v4 __attribute__((vector_size(32)));
typedef double v4u __attribute__((vector_size(32), aligned(8), may_alias));
#define load4(p) (*(const v4u *)(p))
#define store4(p, v) (*(v4u *)(p) = (v))

static inline i64 min64(i64 a, i64 b) { return a < b ? a : b; }
static inline i64 max64(i64 a, i64 b) { return a > b ? a : b; }

/* A probability with its logarithms, log p and log(1 - p), taken once for every row drawn with it. */
typedef struct {
    double p, log_p, log_q;
} Chance;

static inline Chance chance(double p) {
    Chance c = {p, 0.0, 0.0};
    if (p > 0.0 && p < 1.0) { c.log_p = log(p); c.log_q = log1p(-p); }
    return c;
}

/* Bin(n, p) into buf[lo..hi], renormalised; the tail beyond the cut as a fraction of the row. */
HOT static void binom_row(i64 n, Chance c, const double *lf, double scale, double cut, double *buf,
                      i64 *lo_out, i64 *hi_out, double *tail_out) {
    double p = c.p;
    if (n <= 0 || p <= 0.0) {
        buf[0] = 1.0; *lo_out = 0; *hi_out = 0; *tail_out = 0.0;
        return;
    }
    if (p >= 1.0) {
        buf[n] = 1.0; *lo_out = n; *hi_out = n; *tail_out = 0.0;
        return;
    }
    i64 mode = (i64)((double)(n + 1) * p);
    if (mode > n) mode = n;
    double log_mode = lf[n] - lf[mode] - lf[n - mode] + (double)mode * c.log_p + (double)(n - mode) * c.log_q;
    double limit = scale > 0 ? cut / (scale * exp(log_mode)) : INFINITY;
    double odds = p / (1.0 - p);
    buf[mode] = 1.0;
    double total = 1.0, tail = 0.0, h = 1.0;
    i64 k = mode;
    while (k > 0) {
        double r = (double)k / ((double)(n - k + 1) * odds);
        double nxt = h * r;
        if (nxt < limit) {
            tail += r < 1.0 ? nxt / (1.0 - r) : nxt * (double)k;
            break;
        }
        k -= 1;
        h = nxt;
        buf[k] = h;
        total += h;
    }
    i64 lo = k;
    h = 1.0;
    k = mode;
    while (k < n) {
        double r = (double)(n - k) * odds / (double)(k + 1);
        double nxt = h * r;
        if (nxt < limit) {
            tail += r < 1.0 ? nxt / (1.0 - r) : nxt * (double)(n - k);
            break;
        }
        k += 1;
        h = nxt;
        buf[k] = h;
        total += h;
    }
    i64 hi = k;
    double inv = 1.0 / total;
    for (i64 j = lo; j <= hi; j++) buf[j] *= inv;
    *lo_out = lo; *hi_out = hi; *tail_out = tail / (total + tail);
}

/* Hypergeometric(population, successes, draws) into buf[lo..hi]. */
HOT static void hyper_row(i64 population, i64 successes, i64 draws, const double *lf, double scale, double cut,
                      double *buf, i64 *lo_out, i64 *hi_out, double *tail_out) {
    i64 failures = population - successes;
    i64 low = max64(0, draws - failures);
    i64 high = min64(draws, successes);
    if (low >= high) {
        buf[low] = 1.0; *lo_out = low; *hi_out = low; *tail_out = 0.0;
        return;
    }
    i64 mode = (i64)((double)((draws + 1) * (successes + 1)) / (double)(population + 2));
    mode = min64(max64(mode, low), high);
    double log_mode = (lf[successes] - lf[mode] - lf[successes - mode] + lf[failures] - lf[draws - mode]
                       - lf[failures - draws + mode] - lf[population] + lf[draws] + lf[population - draws]);
    double limit = scale > 0 ? cut / (scale * exp(log_mode)) : INFINITY;
    buf[mode] = 1.0;
    double total = 1.0, tail = 0.0, h = 1.0;
    i64 e = mode;
    while (e > low) {
        double r = (double)(e * (failures - draws + e)) / (((double)(successes - e) + 1.0) * ((double)(draws - e) + 1.0));
        double nxt = h * r;
        if (nxt < limit) {
            tail += r < 1.0 ? nxt / (1.0 - r) : nxt * (double)(e - low);
            break;
        }
        e -= 1;
        h = nxt;
        buf[e] = h;
        total += h;
    }
    i64 lo = e;
    h = 1.0;
    e = mode;
    while (e < high) {
        double r = (double)((successes - e) * (draws - e)) / (((double)e + 1.0) * ((double)(failures - draws + e) + 1.0));
        double nxt = h * r;
        if (nxt < limit) {
            tail += r < 1.0 ? nxt / (1.0 - r) : nxt * (double)(high - e);
            break;
        }
        e += 1;
        h = nxt;
        buf[e] = h;
        total += h;
    }
    i64 hi = e;
    double inv = 1.0 / total;
    for (i64 j = lo; j <= hi; j++) buf[j] *= inv;
    *lo_out = lo; *hi_out = hi; *tail_out = tail / (total + tail);
}

typedef struct {
    double *flat;
    i64 *starts, *lows, *highs;
} Table;

/* Zero cells kept before and after each row of a table, so that a vector read a little past a row's window reads
 * zeros (kill_step adds four rows in one pass over their joint window). */
#define PAD 8

/* Rows Bin(.; e, p) for e = 0..top, each starting at its lowest kept term: one pass, each row written where its
 * window lands in the flat array (grown as needed), PAD zeros before and after it. */
static int binomial_table(i64 top, double p, const double *lf, double cut, Table *t) {
    double *buf = malloc(sizeof(double) * (size_t)(top + 2));
    t->lows = malloc(sizeof(i64) * (size_t)(top + 1));
    t->highs = malloc(sizeof(i64) * (size_t)(top + 1));
    t->starts = malloc(sizeof(i64) * (size_t)(top + 1));
    i64 room = 64 * (top + 1) + 64;
    t->flat = malloc(sizeof(double) * (size_t)room);
    if (!buf || !t->lows || !t->highs || !t->starts || !t->flat) { free(buf); return -1; }
    i64 at = 0, lo, hi;
    double tail;
    Chance c = chance(p);
    for (i64 e = 0; e <= top; e++) {
        binom_row(e, c, lf, 1.0, cut, buf, &lo, &hi, &tail);
        if (at + (hi - lo + 1) + 2 * PAD > room) {
            while (at + (hi - lo + 1) + 2 * PAD > room) room *= 2;
            double *grown = realloc(t->flat, sizeof(double) * (size_t)room);
            if (!grown) { free(buf); return -1; }
            t->flat = grown;
        }
        for (i64 j = 0; j < PAD; j++) t->flat[at++] = 0.0;
        t->lows[e] = lo; t->highs[e] = hi; t->starts[e] = at;
        for (i64 j = lo; j <= hi; j++) t->flat[at++] = buf[j];
        for (i64 j = 0; j < PAD; j++) t->flat[at++] = 0.0;
    }
    free(buf);
    return 0;
}

static void free_table(Table *t) { free(t->flat); free(t->starts); free(t->lows); free(t->highs); }

static inline void axpy(double a, const double *restrict x, i64 count, double *restrict y) {
    for (i64 j = 0; j < count; j++) y[j] += a * x[j];
}

HOT EXPORT int ck_thin(const i64 *ws, const double *weights, i64 n, double p, const double *lf, double cut,
                   double *out, i64 size, double *neglected_out) {
    double *buf = malloc(sizeof(double) * (size_t)(size + 1));
    if (!buf) return -1;
    double neglected = 0.0, tail;
    i64 lo, hi;
    Chance c = chance(p);
    for (i64 i = 0; i < n; i++) {
        double weight = weights[i];
        if (weight <= 0.0) continue;
        binom_row(ws[i], c, lf, weight, cut, buf, &lo, &hi, &tail);
        neglected += weight * tail;
        axpy(weight, buf + lo, hi - lo + 1, out + lo);
    }
    free(buf);
    *neglected_out = neglected;
    return 0;
}

EXPORT int ck_ample_layer(const i64 *ws, const double *weights, const i64 *rows, i64 n, double kill, const double *lf,
                          double cut, double *out, i64 width, double *neglected_out) {
    double *buf = malloc(sizeof(double) * (size_t)(width + 1));
    if (!buf) return -1;
    double neglected = 0.0, tail;
    i64 lo, hi;
    Chance c = chance(kill);
    for (i64 i = 0; i < n; i++) {
        i64 w = ws[i];
        double weight = weights[i];
        if (weight <= 0.0) continue;
        binom_row(w, c, lf, weight, cut, buf, &lo, &hi, &tail);
        neglected += weight * tail;
        double *row = out + rows[i] * width;
        for (i64 k = lo; k <= hi; k++) row[w - k] += weight * buf[k];
    }
    free(buf);
    *neglected_out = neglected;
    return 0;
}

/* Arriving counts evaluated together in the binding case: BLOCK counts within SPAN of each other share one pass over
 * the undiscriminated decoys (see salvo_block). */
#define BLOCK 16
#define SPAN 15
/* Rows of the largest count's table held at once, each added to every count's table in one pass over them. */
#define PANEL 32

typedef struct {
    double *buf_a, *buf_b, *hyper, *cdf, *part, *reciprocal, *limits;
    double *engaged, *bound, *binds; /* BLOCK rows each: engaged and bound of stride `stride`, binds of stride `size` */
    double *panel, *weights, *factor; /* PANEL rows of stride `stride`; their weights for each count; a factor by d or e */
    double *counts; /* counts[j] = j, so that the loops over d or e convert no integer (which does not vectorise) */
    i64 stride, size, lows[BLOCK], highs[BLOCK];
    double sums[BLOCK];
    Table kill;
} Workspace;

static int salvo_workspace(i64 capacity, i64 width, i64 decoys, double survive, const double *lf, double cut, Workspace *s) {
    i64 size = width * (decoys + 1) + 2;
    i64 top_all = min64(capacity, width);
    s->size = size;
    s->stride = top_all + 8; /* room for a vector of four past the last cell */
    s->buf_a = malloc(sizeof(double) * (size_t)size);
    s->buf_b = malloc(sizeof(double) * (size_t)size);
    s->hyper = malloc(sizeof(double) * (size_t)size);
    s->cdf = malloc(sizeof(double) * (size_t)size);
    s->part = malloc(sizeof(double) * (size_t)size);
    s->limits = malloc(sizeof(double) * (size_t)size);
    s->reciprocal = malloc(sizeof(double) * (size_t)size);
    /* every cell is written before it is read (salvo_free, salvo_block): no zeroing here */
    s->engaged = malloc(sizeof(double) * (size_t)(BLOCK * s->stride));
    s->bound = malloc(sizeof(double) * (size_t)(BLOCK * s->stride));
    s->binds = malloc(sizeof(double) * (size_t)(BLOCK * size));
    s->panel = malloc(sizeof(double) * (size_t)(PANEL * s->stride));
    s->weights = malloc(sizeof(double) * (size_t)(BLOCK * PANEL));
    s->factor = malloc(sizeof(double) * (size_t)(2 * (size > s->stride ? size : s->stride)));
    s->counts = malloc(sizeof(double) * (size_t)(size > s->stride ? size : s->stride));
    s->kill.flat = NULL; s->kill.starts = NULL; s->kill.lows = NULL; s->kill.highs = NULL;
    if (!s->buf_a || !s->buf_b || !s->hyper || !s->cdf || !s->part || !s->limits || !s->reciprocal || !s->engaged || !s->bound
        || !s->binds || !s->panel || !s->weights || !s->factor || !s->counts)
        return -1;
    /* survive < 0: no kill step (the engaged tables alone, ck_salvo_engaged) */
    if (survive >= 0.0 && binomial_table(top_all, survive, lf, cut * 1e-3, &s->kill) != 0) return -1;
    s->reciprocal[0] = 0.0;
    for (i64 j = 1; j < size; j++) s->reciprocal[j] = 1.0 / (double)j;
    for (i64 j = 0; j < (size > s->stride ? size : s->stride); j++) s->counts[j] = (double)j;
    return 0;
}

static void free_workspace(Workspace *s) {
    free(s->buf_a); free(s->buf_b); free(s->hyper); free(s->cdf); free(s->part); free(s->limits); free(s->reciprocal);
    free(s->engaged); free(s->bound); free(s->binds); free(s->panel); free(s->weights); free(s->factor); free(s->counts);
    free_table(&s->kill);
}

/* The part of w's engaged table where the capacity does not bind, into row (zeroed first): every tracked object is
 * engaged. Then the undiscriminated decoys' weights times the probability that the capacity binds, over d, into
 * binds (zero where weight·binds ≤ cut, that mass neglected), their sum into *sum and the range of d into *lo, *hi. */
HOT static void salvo_free(i64 w, double weight, i64 capacity, double tracking, i64 decoys, double undiscriminated,
                           const Chance *chances, const double *sf, i64 sf_low, const double *lf, double cut, Workspace *s,
                           double *restrict row,
                           double *restrict binds, i64 *lo_out, i64 *hi_out, double *sum_out, double *objects_out,
                           double *neglected_out) {
    double *restrict buf_a = s->buf_a, *restrict buf_b = s->buf_b, *restrict cdf = s->cdf, *restrict part = s->part;
    double neglected = 0.0, tail;
    i64 top = min64(w, capacity);
    for (i64 e = 0; e <= top; e++) row[e] = 0.0;
    i64 fake = w * decoys;
    double expected_objects = 0.0;
    /* The tracked objects are a sum of independent Bernoulli trials of mean mu = t·(w + w·d·(1 - δ)); the capacity
     * does not bind with probability P(N ≤ C) ≤ exp(-(mu - C)²/(2 mu)) for C < mu (Chernoff's lower tail). Where
     * that times the weight is below the cut, the part where it does not bind is left out whole and that bound
     * counted as neglected: its two binomial rows are not drawn. */
    double mu = tracking * ((double)w + (double)fake * undiscriminated);
    int binds_surely = 0;
    if ((double)capacity < mu) {
        double gap = mu - (double)capacity, bound = exp(-gap * gap / (2.0 * mu));
        if (weight * bound <= cut) {
            neglected += weight * bound;
            binds_surely = 1;
        }
    }
    i64 lo_e = 1, hi_e = 0;
    if (!binds_surely) {
        binom_row(w, chances[0], lf, weight, cut, buf_a, &lo_e, &hi_e, &tail);
        neglected += weight * tail;
    }
    int have_decoys = !binds_surely && fake > 0 && undiscriminated > 0.0 && tracking > 0.0;
    i64 lo_x = 0, hi_x = 0;
    if (have_decoys) {
        binom_row(fake, chances[1], lf, weight, cut, buf_b, &lo_x, &hi_x, &tail);
        neglected += weight * tail;
        double running = 0.0, moment = 0.0;
        for (i64 x = lo_x; x <= hi_x; x++) {
            running += buf_b[x];
            moment += (double)x * buf_b[x];
            cdf[x] = running;
            part[x] = moment;
        }
    }
    i64 last = min64(hi_e, capacity);
    for (i64 e = lo_e; e <= last; e++) {
        i64 x = capacity - e;
        double below, mean_below;
        if (!have_decoys) {
            below = 1.0; mean_below = 0.0;
        } else if (x < lo_x) {
            continue;
        } else if (x >= hi_x) {
            below = cdf[hi_x]; mean_below = part[hi_x];
        } else {
            below = cdf[x]; mean_below = part[x];
        }
        row[e] += buf_a[e] * below;
        expected_objects += buf_a[e] * ((double)e * below + mean_below);
    }
    i64 lo_d, hi_d;
    if (fake > 0 && undiscriminated > 0.0) {
        binom_row(fake, chances[2], lf, weight, cut, buf_b, &lo_d, &hi_d, &tail);
        neglected += weight * tail;
    } else {
        lo_d = 0; hi_d = 0;
        buf_b[0] = 1.0;
    }
    i64 first = max64(lo_d, capacity + 1 - w);
    double sum = 0.0;
    for (i64 d = first; d <= hi_d; d++) {
        double b = buf_b[d] * sf[w + d - sf_low];
        if (weight * b <= cut) {
            neglected += weight * b;
            b = 0.0;
        } else {
            expected_objects += b * (double)capacity;
            sum += b;
        }
        binds[d] = b;
    }
    *lo_out = first; *hi_out = hi_d; *sum_out = sum;
    *objects_out = expected_objects;
    *neglected_out = neglected;
}

/* The window [*lo, *hi] of the row Hyp(e; w + d, w, C) in hyper (already right inside it) fitted to this row: grown
 * by the exact ratio of neighbouring terms while the next term is at least `limit` (and always up to the mode), then
 * cut back from either end to the terms of at least `limit` (never past the mode, so it holds the largest terms). */
static inline void fit_window(double *hyper, i64 w, i64 d, i64 capacity, i64 top, double limit, i64 *lo_io, i64 *hi_io) {
    i64 lo = *lo_io, hi = *hi_io, m = w + d;
    i64 low_support = max64(0, capacity - d);
    i64 mode = min64(max64((i64)((double)((capacity + 1) * (w + 1)) / (double)(m + 2)), low_support), top);
    while (lo > low_support) {
        i64 e = lo;
        double r = (double)(e * (d - capacity + e)) / (((double)(w - e) + 1.0) * ((double)(capacity - e) + 1.0));
        if (e <= mode && hyper[e] * r < limit) break;
        hyper[e - 1] = hyper[e] * r;
        lo -= 1;
    }
    while (hi < top) {
        i64 e = hi;
        double r = (double)((w - e) * (capacity - e)) / (((double)e + 1.0) * ((double)(d - capacity + e) + 1.0));
        if (e >= mode && hyper[e] * r < limit) break;
        hyper[e + 1] = hyper[e] * r;
        hi += 1;
    }
    while (hi > mode && hyper[hi] < limit) hi -= 1;
    while (lo < mode && hyper[lo] < limit) lo += 1;
    *lo_io = lo;
    *hi_io = hi;
}

/* The binding part of salvo_block for a block of one count w (binds over d = first..last from salvo_free, ρ = γ = 1):
 * its own row per d, stepped in d by the exact ratio, each kept where weight·binds·term ≥ cut and added to row (w's
 * engaged table) in the same pass that sums it and steps it to the next d. What the rows leave out is added to
 * *neglected. Adding a row as it is stepped keeps one pass over it where the block form needs two, so a count alone (the
 * rows of the row cache) takes this path. */
HOT static void salvo_alone(i64 w, double weight, i64 capacity, const double *lf, double cut, Workspace *s,
                            const double *restrict binds_of, i64 first, i64 last, double *restrict engaged,
                            double *neglected_out) {
    double *restrict hyper = s->hyper;
    const double *restrict reciprocal = s->reciprocal;
    double neglected = 0.0, tail;
    i64 top = min64(w, capacity);
    i64 m = w + first, lo, hi;
    hyper_row(m, w, capacity, lf, weight, cut, hyper, &lo, &hi, &tail);
    /* ahead: the row of this d is already in hyper (stepped by the previous d's pass) */
    int ahead = 0;
    for (i64 d = first; d <= last; d++) {
        if (d > first) {
            m = w + d;
            if (!ahead) {
                double scale = (double)((m - w) * (m - capacity)) / (double)m;
                i64 shift = m - w - capacity;
                for (i64 e = lo; e <= hi; e++) hyper[e] *= scale * reciprocal[shift + e];
            }
        }
        ahead = 0;
        double binds = binds_of[d];
        if (binds == 0.0) continue; /* weight·binds ≤ cut: counted as neglected by salvo_free */
        fit_window(hyper, w, d, capacity, top, cut / (weight * binds), &lo, &hi);
        /* One pass over the row: add it to the engaged table, sum it (four partial sums; the sum only bounds the
         * neglected mass) and, where another d follows, step it to that d's row. Four cells at a time as one vector:
         * lane j holds the cells e ≡ lo + j (mod 4); the cells left over go to lane 0's sum. */
        v4 vk = {0.0, 0.0, 0.0, 0.0};
        double k0 = 0.0;
        i64 e = lo;
        const v4 vbinds = {binds, binds, binds, binds};
        if (d < last) {
            i64 next = m + 1;
            double scale = (double)((next - w) * (next - capacity)) / (double)next;
            const v4 vscale = {scale, scale, scale, scale};
            const double *restrict step = reciprocal + (next - w - capacity);
            for (; e + 3 <= hi; e += 4) {
                v4 h = load4(hyper + e);
                store4(engaged + e, load4(engaged + e) + vbinds * h);
                vk += h;
                store4(hyper + e, h * (vscale * load4(step + e)));
            }
            k0 = vk[0];
            for (; e <= hi; e++) {
                double h = hyper[e];
                engaged[e] += binds * h;
                k0 += h;
                hyper[e] = h * (scale * step[e]);
            }
            ahead = 1;
        } else {
            for (; e + 3 <= hi; e += 4) {
                v4 h = load4(hyper + e);
                store4(engaged + e, load4(engaged + e) + vbinds * h);
                vk += h;
            }
            k0 = vk[0];
            for (; e <= hi; e++) {
                engaged[e] += binds * hyper[e];
                k0 += hyper[e];
            }
        }
        double kept = (k0 + vk[1]) + (vk[2] + vk[3]);
        if (kept < 1.0) neglected += weight * binds * (1.0 - kept);
    }
    *neglected_out += neglected;
}

/* bound_k[e] += Σ_r weights[k·PANEL + r]·panel[r·stride + e] for e = lo, lo + 4, ... ≤ hi (whole vectors of four; the
 * panel's cells past each row's window are zero) and every k < n: the rows held in the panel added to every count's
 * table in one pass over them, four counts at a time, so that each cell of a table is loaded and stored once per panel.
 * Each cell sums its terms in the order of the rows. */
HOT static void add_panel(const double *panel, i64 rows, i64 stride, const double *weights, i64 n, i64 lo, i64 hi,
                          double *bound) {
    i64 k = 0;
    for (; k + 4 <= n; k += 4) {
        const double *a0 = weights + k * PANEL, *a1 = a0 + PANEL, *a2 = a1 + PANEL, *a3 = a2 + PANEL;
        double *b0 = bound + k * stride, *b1 = b0 + stride, *b2 = b1 + stride, *b3 = b2 + stride;
        i64 e = lo;
        /* two vectors of each count at a time: eight independent sums, so that the adds overlap */
        for (; e + 4 <= hi; e += 8) {
            v4 c0 = load4(b0 + e), c1 = load4(b1 + e), c2 = load4(b2 + e), c3 = load4(b3 + e);
            v4 d0 = load4(b0 + e + 4), d1 = load4(b1 + e + 4), d2 = load4(b2 + e + 4), d3 = load4(b3 + e + 4);
            for (i64 r = 0; r < rows; r++) {
                const double *row = panel + r * stride + e;
                v4 h = load4(row), g = load4(row + 4);
                v4 w0 = (v4){a0[r], a0[r], a0[r], a0[r]}, w1 = (v4){a1[r], a1[r], a1[r], a1[r]};
                v4 w2 = (v4){a2[r], a2[r], a2[r], a2[r]}, w3 = (v4){a3[r], a3[r], a3[r], a3[r]};
                c0 += w0 * h; d0 += w0 * g;
                c1 += w1 * h; d1 += w1 * g;
                c2 += w2 * h; d2 += w2 * g;
                c3 += w3 * h; d3 += w3 * g;
            }
            store4(b0 + e, c0); store4(b1 + e, c1); store4(b2 + e, c2); store4(b3 + e, c3);
            store4(b0 + e + 4, d0); store4(b1 + e + 4, d1); store4(b2 + e + 4, d2); store4(b3 + e + 4, d3);
        }
        for (; e <= hi; e += 4) {
            v4 c0 = load4(b0 + e), c1 = load4(b1 + e), c2 = load4(b2 + e), c3 = load4(b3 + e);
            for (i64 r = 0; r < rows; r++) {
                v4 h = load4(panel + r * stride + e);
                c0 += (v4){a0[r], a0[r], a0[r], a0[r]} * h;
                c1 += (v4){a1[r], a1[r], a1[r], a1[r]} * h;
                c2 += (v4){a2[r], a2[r], a2[r], a2[r]} * h;
                c3 += (v4){a3[r], a3[r], a3[r], a3[r]} * h;
            }
            store4(b0 + e, c0); store4(b1 + e, c1); store4(b2 + e, c2); store4(b3 + e, c3);
        }
    }
    for (; k < n; k++) {
        const double *a = weights + k * PANEL;
        double *b = bound + k * stride;
        for (i64 e = lo; e <= hi; e += 4) {
            v4 c = load4(b + e);
            for (i64 r = 0; r < rows; r++) c += (v4){a[r], a[r], a[r], a[r]} * load4(panel + r * stride + e);
            store4(b + e, c);
        }
    }
}

/* The panel's rows as whole vectors over the panel's window [lo, hi], zero outside each row's own window (the
 * current row keeps its window's cells, the only ones the next step reads), added to every count's table. */
static void flush_panel(double *panel, i64 rows, i64 stride, const i64 *row_lo, const i64 *row_hi, i64 lo, i64 hi,
                        const double *weights, i64 n, double *bound) {
    i64 end = lo + ((hi - lo) / 4) * 4 + 3;
    for (i64 r = 0; r < rows; r++) {
        double *row = panel + r * stride;
        for (i64 e = lo; e < row_lo[r]; e++) row[e] = 0.0;
        for (i64 e = row_hi[r] + 1; e <= end; e++) row[e] = 0.0;
    }
    add_panel(panel, rows, stride, weights, n, lo, hi, bound);
}

/* The engaged tables of the arriving counts w[0..n) (n ≤ BLOCK, within SPAN of each other, weights > 0) into
 * s->engaged (row k, stride s->stride): P(e real warheads engaged), times the weight's truncation; expected engaged
 * objects and neglected mass into objects[k], neglected[k]. It does not depend on the kill probability.
 *
 * Where the capacity C binds, w's table is Σ_d binds(w, d)·Hyp(e; w + d, w, C) over the undiscriminated decoys d.
 * With w0 the largest count of the block, Hyp(e; w + d, w, C) = γ(w, e)·ρ(w, d)·Hyp(e; w0 + d, w0, C), where
 * γ(w, e) = C(w, e)/C(w0, e) = Π_{v=w}^{w0-1} (v + 1 - e)/(v + 1) ≤ 1 and ρ(w, d) = C(w0 + d, C)/C(w + d, C) =
 * Π_{v=w}^{w0-1} (v + d + 1)/(v + d + 1 - C): one row of w0 per d serves the whole block (each count adds it with
 * the weight binds·ρ; the rows are stepped in d by the exact ratio and added PANEL at a time), and γ is applied once
 * per count at the end. A row keeps every term that some count of the block needs: terms below
 * cut / max_k(weight_k·binds_k·ρ_k) are left out, as a count on its own leaves out those below cut / (weight·binds);
 * what is left out is counted as neglected. A block of one count is the computation for that count alone. */
HOT static void salvo_block(const i64 *w, const double *weight, i64 n, i64 capacity, double tracking, i64 decoys,
                            double undiscriminated, const double *sf, i64 sf_low, const double *lf, double cut, Workspace *s,
                            double *objects, double *neglected) {
    i64 stride = s->stride, size = s->size;
    double *restrict limits = s->limits, *restrict panel = s->panel;
    double *restrict up = s->factor, *restrict down = s->factor + (size > stride ? size : stride);
    const double *restrict reciprocal = s->reciprocal, *restrict counts = s->counts;
    i64 w0 = w[0], dmin = 0, dmax = -1;
    double heaviest = 0.0;
    /* tracked; tracked and undiscriminated (a decoy); undiscriminated */
    const Chance chances[3] = {chance(tracking), chance(undiscriminated * tracking), chance(undiscriminated)};
    for (i64 k = 0; k < n; k++) {
        salvo_free(w[k], weight[k], capacity, tracking, decoys, undiscriminated, chances, sf, sf_low, lf, cut, s,
                   s->engaged + k * stride,
                   s->binds + k * size, &s->lows[k], &s->highs[k], &s->sums[k], objects + k, neglected + k);
        if (w[k] > w0) w0 = w[k];
        if (weight[k] > heaviest) heaviest = weight[k];
        if (s->lows[k] <= s->highs[k]) {
            if (dmax < dmin) { dmin = s->lows[k]; dmax = s->highs[k]; }
            else { dmin = min64(dmin, s->lows[k]); dmax = max64(dmax, s->highs[k]); }
        }
    }
    if (dmax < dmin) return;
    if (n == 1) {
        salvo_alone(w[0], weight[0], capacity, lf, cut, s, s->binds, dmin, dmax, s->engaged, neglected);
        return;
    }
    i64 top0 = min64(w0, capacity);
    /* ρ folded into the binds, the products built once for the block, v from w0 - 1 down, each count taking them
     * when v reaches it; the largest weight·binds·ρ over the block at each d sets that d's window */
    i64 w_low = w0;
    for (i64 k = 0; k < n; k++) w_low = min64(w_low, w[k]);
    for (i64 d = dmin; d <= dmax; d++) { limits[d] = 0.0; up[d] = 1.0; down[d] = 1.0; }
    for (i64 v = w0 - 1; v >= w_low; v--) {
        double above = (double)(v + 1), beyond = (double)(v + 1 - capacity);
        for (i64 d = dmin; d <= dmax; d++) {
            up[d] *= above + counts[d];
            down[d] *= beyond + counts[d];
        }
        for (i64 k = 0; k < n; k++) {
            if (w[k] != v) continue;
            double *restrict binds = s->binds + k * size;
            for (i64 d = s->lows[k]; d <= s->highs[k]; d++) binds[d] *= up[d] / down[d];
        }
    }
    for (i64 k = 0; k < n; k++) {
        const double *restrict binds = s->binds + k * size;
        for (i64 d = s->lows[k]; d <= s->highs[k]; d++) {
            double heavy = weight[k] * binds[d];
            if (heavy > limits[d]) limits[d] = heavy;
        }
        double *restrict bound = s->bound + k * stride;
        for (i64 e = 0; e < stride; e++) bound[e] = 0.0;
    }
    for (i64 d = dmin; d <= dmax; d++) limits[d] = limits[d] > 0.0 ? cut / limits[d] : INFINITY;
    i64 m = w0 + dmin, lo, hi, e_low = top0, e_high = 0;
    i64 rows = 0, row_lo[PANEL], row_hi[PANEL], panel_lo = 0, panel_hi = -1;
    double tail;
    /* the row of the current d is panel row `rows` (the next free one); stepping to d + 1 writes the next free row */
    double *restrict hyper = panel;
    hyper_row(m, w0, capacity, lf, heaviest, cut, hyper, &lo, &hi, &tail);
    for (i64 d = dmin; d <= dmax; d++) {
        m = w0 + d;
        if (d > dmin) {
            double scale = (double)((m - w0) * (m - capacity)) / (double)m;
            const double *restrict step = reciprocal + (m - w0 - capacity);
            double *restrict next = panel + rows * stride;
            for (i64 e = lo; e <= hi; e++) next[e] = hyper[e] * (scale * step[e]);
            hyper = next;
        }
        double limit = limits[d];
        if (limit == INFINITY) continue;
        fit_window(hyper, w0, d, capacity, top0, limit, &lo, &hi);
        if (lo < e_low) e_low = lo;
        if (hi > e_high) e_high = hi;
        for (i64 k = 0; k < n; k++)
            s->weights[k * PANEL + rows] = d < s->lows[k] || d > s->highs[k] ? 0.0 : s->binds[k * size + d];
        if (rows == 0 || lo < panel_lo) panel_lo = lo;
        if (rows == 0 || hi > panel_hi) panel_hi = hi;
        row_lo[rows] = lo;
        row_hi[rows] = hi;
        rows++;
        if (rows == PANEL || d == dmax) {
            flush_panel(panel, rows, stride, row_lo, row_hi, panel_lo, panel_hi, s->weights, n, s->bound);
            rows = 0;
        }
    }
    if (rows > 0) flush_panel(panel, rows, stride, row_lo, row_hi, panel_lo, panel_hi, s->weights, n, s->bound);
    for (i64 k = 0; k < n; k++) {
        if (s->lows[k] > s->highs[k]) continue;
        double *restrict row = s->engaged + k * stride;
        const double *restrict bound = s->bound + k * stride;
        i64 last = min64(e_high, min64(w[k], capacity));
        double kept = 0.0;
        if (w[k] < w0) {
            double below = 1.0;
            for (i64 e = e_low; e <= last; e++) up[e] = 1.0;
            for (i64 v = w[k]; v < w0; v++) {
                below *= (double)(v + 1);
                double above = (double)(v + 1);
                for (i64 e = e_low; e <= last; e++) up[e] *= above - counts[e];
            }
            for (i64 e = e_low; e <= last; e++) {
                double value = (up[e] / below) * bound[e];
                row[e] += value;
                kept += value;
            }
        } else {
            for (i64 e = e_low; e <= last; e++) {
                row[e] += bound[e];
                kept += bound[e];
            }
        }
        if (kept < s->sums[k]) neglected[k] += weight[k] * (s->sums[k] - kept);
    }
}

/* How many of ws[start..n) the next block takes: up to `most` (≤ BLOCK) counts with weight > 0 within SPAN of each
 * other (counts of weight ≤ 0 inside it are passed over by the caller). */
static i64 block_end(const i64 *ws, const double *weights, i64 start, i64 n, i64 most) {
    i64 low = ws[start], high = ws[start], taken = 1, i = start + 1;
    if (most > BLOCK) most = BLOCK;
    for (; i < n && taken < most; i++) {
        if (weights[i] <= 0.0) continue;
        i64 w = ws[i];
        if (max64(high, w) - min64(low, w) > SPAN) break;
        low = min64(low, w); high = max64(high, w);
        taken++;
    }
    return i;
}

/* The kill step: add weight·P(leak | w) to out_row from the engaged table engaged[0..top]; the mass left out is
 * added to *neglected (the running sum of the engaged table's pass, so the total is summed in the same order). */
HOT static void kill_step(i64 w, double weight, const double *engaged, i64 top, const Table *kill, double cut, double *out_row,
                          double *neglected) {
    double lost = *neglected;
    i64 e = 0;
    /* Four rows at a time where their windows lie within PAD of their joint window: one pass over it, each cell
     * loaded and stored once for the four, its four terms added in the order of e (a row of mass ≤ cut adds zero
     * times its cells, which leaves the cell as it was), so the sums are those of one row at a time. */
    for (; e + 3 <= top; e += 4) {
        double mass[4];
        const double *row[4];
        i64 first = 0, last = -1;
        int any = 0;
        for (int r = 0; r < 4; r++) {
            mass[r] = weight * engaged[e + r];
            i64 at = w - (e + r) + kill->lows[e + r], end = w - (e + r) + kill->highs[e + r];
            row[r] = kill->flat + kill->starts[e + r] - at; /* row[r][p]: the cell that lands on out_row[p] */
            if (mass[r] <= cut) {
                lost += mass[r];
                mass[r] = 0.0;
                continue;
            }
            if (!any || at < first) first = any ? min64(first, at) : at;
            if (!any || end > last) last = any ? max64(last, end) : end;
            any = 1;
        }
        if (!any) continue;
        int joint = 1;
        for (int r = 0; r < 4; r++) {
            i64 at = w - (e + r) + kill->lows[e + r], end = w - (e + r) + kill->highs[e + r];
            if (first < at - PAD + 3 || last > end + PAD - 3) joint = 0;
        }
        if (!joint) {
            for (int r = 0; r < 4; r++) {
                if (mass[r] == 0.0) continue;
                i64 lo = kill->lows[e + r];
                axpy(mass[r], kill->flat + kill->starts[e + r], kill->highs[e + r] - lo + 1, out_row + (w - e - r + lo));
            }
            continue;
        }
        const v4 m0 = {mass[0], mass[0], mass[0], mass[0]}, m1 = {mass[1], mass[1], mass[1], mass[1]};
        const v4 m2 = {mass[2], mass[2], mass[2], mass[2]}, m3 = {mass[3], mass[3], mass[3], mass[3]};
        i64 p = first;
        for (; p + 3 <= last; p += 4) {
            v4 cell = load4(out_row + p);
            cell += m0 * load4(row[0] + p);
            cell += m1 * load4(row[1] + p);
            cell += m2 * load4(row[2] + p);
            cell += m3 * load4(row[3] + p);
            store4(out_row + p, cell);
        }
        for (; p <= last; p++) {
            double cell = out_row[p];
            cell += mass[0] * row[0][p];
            cell += mass[1] * row[1][p];
            cell += mass[2] * row[2][p];
            cell += mass[3] * row[3][p];
            out_row[p] = cell;
        }
    }
    for (; e <= top; e++) {
        double mass = weight * engaged[e];
        if (mass <= cut) {
            lost += mass;
            continue;
        }
        axpy(mass, kill->flat + kill->starts[e], kill->highs[e] - kill->lows[e] + 1, out_row + (w - e + kill->lows[e]));
    }
    *neglected = lost;
}

/* The counts of ws[start..end) with weight > 0, their weights and their indices, into bw, bweight, index. */
static i64 gather(const i64 *ws, const double *weights, i64 start, i64 end, i64 *bw, double *bweight, i64 *index) {
    i64 n = 0;
    for (i64 i = start; i < end; i++) {
        if (weights[i] <= 0.0) continue;
        bw[n] = ws[i]; bweight[n] = weights[i]; index[n] = i;
        n++;
    }
    return n;
}

EXPORT int ck_salvo_layer(const i64 *ws, const double *weights, const i64 *rows, i64 n, i64 capacity, double tracking, i64 decoys,
                          double undiscriminated, double survive, const double *sf, i64 sf_low, const double *lf, double cut,
                          double *out, i64 width, i64 most, double *objects_out, double *neglected_out) {
    Workspace s;
    if (salvo_workspace(capacity, width, decoys, survive, lf, cut, &s) != 0) { free_workspace(&s); return -1; }
    double objects = 0.0, neglected = 0.0, block_objects[BLOCK], block_neglected[BLOCK], bweight[BLOCK];
    i64 bw[BLOCK], index[BLOCK];
    for (i64 i = 0; i < n;) {
        if (weights[i] <= 0.0) { i++; continue; }
        i64 end = block_end(ws, weights, i, n, most);
        i64 nb = gather(ws, weights, i, end, bw, bweight, index);
        salvo_block(bw, bweight, nb, capacity, tracking, decoys, undiscriminated, sf, sf_low, lf, cut, &s, block_objects,
                    block_neglected);
        for (i64 k = 0; k < nb; k++) {
            kill_step(bw[k], bweight[k], s.engaged + k * s.stride, min64(bw[k], capacity), &s.kill, cut,
                      out + rows[index[k]] * width, &block_neglected[k]);
            objects += bweight[k] * block_objects[k];
            neglected += block_neglected[k];
        }
        i = end;
    }
    free_workspace(&s);
    *objects_out = objects;
    *neglected_out = neglected;
    return 0;
}

/* Row i of out: scales[i]·P(leak | ws[i]) alone, each count in a block of its own, so that a row is the same whatever
 * other counts the call holds (the row cache keeps rows across calls). */
EXPORT int ck_salvo_rows(const i64 *ws, const double *scales, i64 n, i64 capacity, double tracking, i64 decoys, double undiscriminated,
                         double survive, const double *sf, i64 sf_low, const double *lf, double cut, double *out, i64 width,
                         double *objects, double *neglected) {
    Workspace s;
    if (salvo_workspace(capacity, width, decoys, survive, lf, cut, &s) != 0) { free_workspace(&s); return -1; }
    for (i64 i = 0; i < n; i++) {
        objects[i] = 0.0;
        neglected[i] = 0.0;
        if (scales[i] <= 0.0) continue;
        salvo_block(ws + i, scales + i, 1, capacity, tracking, decoys, undiscriminated, sf, sf_low, lf, cut, &s, objects + i,
                    neglected + i);
        kill_step(ws[i], scales[i], s.engaged, min64(ws[i], capacity), &s.kill, cut, out + i * width, neglected + i);
    }
    free_workspace(&s);
    return 0;
}

/* The engaged tables of ck_salvo_layer alone (the same blocks, for the same `most`): row i of engaged (stride cells) holds w_i's table
 * over e = 0..min(w_i, capacity), zero beyond; objects[i] and neglected[i] as ck_salvo_layer's before its kill step. */
EXPORT int ck_salvo_engaged(const i64 *ws, const double *weights, i64 n, i64 capacity, double tracking, i64 decoys,
                            double undiscriminated, const double *sf, i64 sf_low, const double *lf, double cut, i64 width,
                            i64 most, double *engaged, i64 stride, double *objects, double *neglected) {
    Workspace s;
    if (salvo_workspace(capacity, width, decoys, -1.0, lf, cut, &s) != 0) { free_workspace(&s); return -1; }
    double bweight[BLOCK];
    i64 bw[BLOCK], index[BLOCK];
    for (i64 i = 0; i < n; i++) {
        objects[i] = 0.0;
        neglected[i] = 0.0;
        if (weights[i] > 0.0) continue; /* written below */
        double *row = engaged + i * stride;
        for (i64 e = 0; e < stride; e++) row[e] = 0.0;
    }
    for (i64 i = 0; i < n;) {
        if (weights[i] <= 0.0) { i++; continue; }
        i64 end = block_end(ws, weights, i, n, most);
        i64 nb = gather(ws, weights, i, end, bw, bweight, index);
        double block_objects[BLOCK], block_neglected[BLOCK];
        salvo_block(bw, bweight, nb, capacity, tracking, decoys, undiscriminated, sf, sf_low, lf, cut, &s, block_objects,
                    block_neglected);
        for (i64 k = 0; k < nb; k++) {
            double *row = engaged + index[k] * stride;
            const double *table = s.engaged + k * s.stride;
            i64 top = min64(bw[k], capacity), e = 0;
            for (; e <= top && e < stride; e++) row[e] = table[e];
            for (; e < stride; e++) row[e] = 0.0;
            objects[index[k]] = block_objects[k];
            neglected[index[k]] = block_neglected[k];
        }
        i = end;
    }
    free_workspace(&s);
    return 0;
}

/* ck_salvo_layer from the engaged tables of ck_salvo_engaged (the same weights): its kill step and totals, the
 * same operations in the same order, so the results are bit-identical to ck_salvo_layer's. */
EXPORT int ck_salvo_kill(const i64 *ws, const double *weights, const i64 *rows, i64 n, i64 capacity, double survive,
                         const double *engaged, i64 stride, const double *objects, const double *neglected, const double *lf,
                         double cut, double *out, i64 width, double *objects_out, double *neglected_out) {
    Table kill;
    if (binomial_table(min64(capacity, width), survive, lf, cut * 1e-3, &kill) != 0) { free_table(&kill); return -1; }
    double total_objects = 0.0, total_neglected = 0.0;
    for (i64 i = 0; i < n; i++) {
        double weight = weights[i];
        if (weight <= 0.0) continue;
        double lost = neglected[i];
        kill_step(ws[i], weight, engaged + i * stride, min64(min64(ws[i], capacity), stride - 1), &kill, cut, out + rows[i] * width,
                  &lost);
        total_objects += weight * objects[i];
        total_neglected += lost;
    }
    free_table(&kill);
    *objects_out = total_objects;
    *neglected_out = total_neglected;
    return 0;
}

HOT EXPORT void ck_mix_rows(const i64 *ws, const double *weights, const i64 *rows, const i64 *slots, i64 n, const double *pool,
                        i64 pool_width, double *out, i64 width) {
    for (i64 i = 0; i < n; i++) {
        i64 count = min64(ws[i] + 1, width);
        axpy(weights[i], pool + slots[i] * pool_width, count, out + rows[i] * width);
    }
}

HOT EXPORT int ck_shoot_look_shoot_real(const i64 *ws, const double *weights, const i64 *rows, i64 n, i64 interceptors, i64 first,
                                    i64 second, double tracking, double survive_first, double survive_second, const double *lf,
                                    double cut, double *out, i64 width, double *fired_out, double *neglected_out) {
    i64 capacity = interceptors / first;
    i64 top_all = min64(capacity, width);
    Table both, again;
    int failed = binomial_table(top_all, survive_first * survive_second, lf, cut * 1e-3, &both);
    failed |= binomial_table(top_all, survive_second, lf, cut * 1e-3, &again);
    double *buf_t = malloc(sizeof(double) * (size_t)(width + 2));
    double *buf_s = malloc(sizeof(double) * (size_t)(width + 2));
    double *engaged = calloc((size_t)(top_all + 2), sizeof(double));
    if (failed || !buf_t || !buf_s || !engaged) {
        free_table(&both); free_table(&again); free(buf_t); free(buf_s); free(engaged);
        return -1;
    }
    double neglected = 0.0, fired = 0.0, tail;
    Chance tracked = chance(tracking), first_survives = chance(survive_first);
    for (i64 i = 0; i < n; i++) {
        i64 w = ws[i];
        double weight = weights[i];
        if (weight <= 0.0) continue;
        double *row = out + rows[i] * width;
        i64 top = min64(w, capacity);
        for (i64 k = 0; k <= top; k++) engaged[k] = 0.0;
        i64 lo_t, hi_t;
        binom_row(w, tracked, lf, weight, cut, buf_t, &lo_t, &hi_t, &tail);
        neglected += weight * tail;
        for (i64 t = lo_t; t <= hi_t; t++) engaged[min64(t, capacity)] += buf_t[t];
        for (i64 k = 0; k <= top; k++) {
            double mass = weight * engaged[k];
            if (mass <= cut) {
                neglected += mass;
                continue;
            }
            i64 spare = (interceptors - first * k) / second;
            if (spare >= k) {
                fired += mass * ((double)(first * k) + (double)(second * k) * survive_first);
                axpy(mass, both.flat + both.starts[k], both.highs[k] - both.lows[k] + 1, row + (w - k + both.lows[k]));
                continue;
            }
            i64 lo_s, hi_s;
            binom_row(k, first_survives, lf, mass, cut, buf_s, &lo_s, &hi_s, &tail);
            neglected += mass * tail;
            for (i64 survivors = lo_s; survivors <= hi_s; survivors++) {
                double part = mass * buf_s[survivors];
                if (part <= cut) {
                    neglected += part;
                    continue;
                }
                i64 base, count;
                if (survivors <= spare) {
                    fired += part * (double)(first * k + second * survivors);
                    base = w - k; count = survivors;
                } else {
                    fired += part * (double)(first * k + second * spare);
                    base = w - k + survivors - spare; count = spare;
                }
                axpy(part, again.flat + again.starts[count], again.highs[count] - again.lows[count] + 1, row + (base + again.lows[count]));
            }
        }
    }
    free_table(&both); free_table(&again); free(buf_t); free(buf_s); free(engaged);
    *fired_out = fired;
    *neglected_out = neglected;
    return 0;
}

/* P(Bin(m, p) > C) for m = low..high by the recurrence in m, compensated (see kernels.binomial_beyond). */
EXPORT void ck_binomial_beyond(i64 capacity, double p, i64 low, i64 high, double *out) {
    double log_p = log(p);
    double beyond = exp((double)(capacity + 1) * log_p);
    double compensation = 0.0;
    double log_term = log((double)capacity + 1.0) + (double)capacity * log_p + log1p(-p);
    double shift = 0.0, term;
    if (log_term < -700.0) {
        shift = -log_term;
        term = 1.0;
    } else {
        term = exp(log_term);
    }
    double q = 1.0 - p;
    for (i64 m = capacity + 1; m <= high; m++) {
        if (m >= low) out[m - low] = beyond < 1.0 ? beyond : 1.0;
        double step = shift == 0.0 ? p * term : p * exp(log(term) - shift);
        double y = step - compensation;
        double t = beyond + y;
        compensation = (t - beyond) - y;
        beyond = t;
        term *= (double)(m + 1) * q / (double)(m + 1 - capacity);
        if (shift > 0.0) {
            if (term > 1e100) {
                term *= 1e-100;
                shift -= 230.25850929940458;
            }
            if (log(term) - shift > -700.0) {
                term = exp(log(term) - shift);
                shift = 0.0;
            }
        }
    }
}

/* A module with no functions, so that the build backend builds this file as a Python extension. */
static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_ckernels", "Engagement kernels (loaded with ctypes).", -1, NULL};

PyMODINIT_FUNC PyInit__ckernels(void) { return PyModule_Create(&module); }
