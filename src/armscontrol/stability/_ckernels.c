/* The engagement kernels compiled ahead of time: the C form of armscontrol/stability/kernels.py.
 *
 * Same algorithms, same loop order, same truncation; loaded with ctypes by
 * armscontrol/stability/ckernels.py, so that a command runs no compiler and
 * does not import numba. Built by the package's build backend (setuptools,
 * see pyproject.toml); where it is not built, the numba kernels are used.
 * Compiled with -ffp-contract=off: the compensated sum of binomial_beyond and
 * the agreement with the numba kernels (tests/stability/test_ckernels.py)
 * rely on every product being rounded.
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

/* Bin(n, p) into buf[lo..hi], renormalised; the tail beyond the cut as a fraction of the row. */
HOT static void binom_row(i64 n, double p, const double *lf, double scale, double cut, double *buf,
                      i64 *lo_out, i64 *hi_out, double *tail_out) {
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
    double log_mode = lf[n] - lf[mode] - lf[n - mode] + (double)mode * log(p) + (double)(n - mode) * log1p(-p);
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

/* Rows Bin(.; e, p) for e = 0..top, each starting at its lowest kept term. */
static int binomial_table(i64 top, double p, const double *lf, double cut, Table *t) {
    double *buf = malloc(sizeof(double) * (size_t)(top + 2));
    t->lows = malloc(sizeof(i64) * (size_t)(top + 1));
    t->highs = malloc(sizeof(i64) * (size_t)(top + 1));
    t->starts = malloc(sizeof(i64) * (size_t)(top + 1));
    t->flat = NULL;
    if (!buf || !t->lows || !t->highs || !t->starts) { free(buf); return -1; }
    i64 total = 0, lo, hi;
    double tail;
    for (i64 e = 0; e <= top; e++) {
        binom_row(e, p, lf, 1.0, cut, buf, &lo, &hi, &tail);
        t->lows[e] = lo; t->highs[e] = hi;
        total += hi - lo + 1;
    }
    t->flat = malloc(sizeof(double) * (size_t)(total > 0 ? total : 1));
    if (!t->flat) { free(buf); return -1; }
    i64 at = 0;
    for (i64 e = 0; e <= top; e++) {
        binom_row(e, p, lf, 1.0, cut, buf, &lo, &hi, &tail);
        t->starts[e] = at;
        for (i64 j = lo; j <= hi; j++) t->flat[at++] = buf[j];
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
    for (i64 i = 0; i < n; i++) {
        double weight = weights[i];
        if (weight <= 0.0) continue;
        binom_row(ws[i], p, lf, weight, cut, buf, &lo, &hi, &tail);
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
    for (i64 i = 0; i < n; i++) {
        i64 w = ws[i];
        double weight = weights[i];
        if (weight <= 0.0) continue;
        binom_row(w, kill, lf, weight, cut, buf, &lo, &hi, &tail);
        neglected += weight * tail;
        double *row = out + rows[i] * width;
        for (i64 k = lo; k <= hi; k++) row[w - k] += weight * buf[k];
    }
    free(buf);
    *neglected_out = neglected;
    return 0;
}

typedef struct {
    double *buf_a, *buf_b, *hyper, *cdf, *part, *engaged, *reciprocal;
    Table kill;
} Workspace;

static int salvo_workspace(i64 capacity, i64 width, i64 decoys, double survive, const double *lf, double cut, Workspace *s) {
    i64 size = width * (decoys + 1) + 2;
    i64 top_all = min64(capacity, width);
    s->buf_a = malloc(sizeof(double) * (size_t)size);
    s->buf_b = malloc(sizeof(double) * (size_t)size);
    s->hyper = malloc(sizeof(double) * (size_t)size);
    s->cdf = malloc(sizeof(double) * (size_t)size);
    s->part = malloc(sizeof(double) * (size_t)size);
    s->engaged = calloc((size_t)(top_all + 2), sizeof(double));
    s->reciprocal = malloc(sizeof(double) * (size_t)size);
    s->kill.flat = NULL; s->kill.starts = NULL; s->kill.lows = NULL; s->kill.highs = NULL;
    if (!s->buf_a || !s->buf_b || !s->hyper || !s->cdf || !s->part || !s->engaged || !s->reciprocal) return -1;
    /* survive < 0: no kill step (the engaged table alone, ck_salvo_engaged) */
    if (survive >= 0.0 && binomial_table(top_all, survive, lf, cut * 1e-3, &s->kill) != 0) return -1;
    s->reciprocal[0] = 0.0;
    for (i64 j = 1; j < size; j++) s->reciprocal[j] = 1.0 / (double)j;
    return 0;
}

static void free_workspace(Workspace *s) {
    free(s->buf_a); free(s->buf_b); free(s->hyper); free(s->cdf); free(s->part); free(s->engaged); free(s->reciprocal);
    free_table(&s->kill);
}

/* The engaged table of w arriving warheads into s->engaged[0..min(w, capacity)]: P(e real warheads engaged),
 * times the weight's truncation; expected engaged objects and neglected mass through the pointers. It does not
 * depend on the kill probability: variants that differ only in it share it (ck_salvo_engaged, ck_salvo_kill). */
HOT static void salvo_engaged(i64 w, double weight, i64 capacity, double tracking, i64 decoys, double undiscriminated,
                              const double *sf, i64 sf_low, const double *lf, double cut, Workspace *s,
                              double *objects_out, double *neglected_out) {
    /* the buffers never overlap: restrict lets the loops vectorise without run-time overlap checks */
    double *restrict buf_a = s->buf_a, *restrict buf_b = s->buf_b, *restrict hyper = s->hyper, *restrict cdf = s->cdf,
           *restrict part = s->part, *restrict engaged = s->engaged;
    const double *restrict reciprocal = s->reciprocal;
    double neglected = 0.0, tail;
    i64 top = min64(w, capacity);
    for (i64 e = 0; e <= top; e++) engaged[e] = 0.0;
    i64 fake = w * decoys;
    double expected_objects = 0.0;
    i64 lo_e, hi_e;
    binom_row(w, tracking, lf, weight, cut, buf_a, &lo_e, &hi_e, &tail);
    neglected += weight * tail;
    int have_decoys = fake > 0 && undiscriminated > 0.0 && tracking > 0.0;
    i64 lo_x = 0, hi_x = 0;
    if (have_decoys) {
        binom_row(fake, undiscriminated * tracking, lf, weight, cut, buf_b, &lo_x, &hi_x, &tail);
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
        engaged[e] += buf_a[e] * below;
        expected_objects += buf_a[e] * ((double)e * below + mean_below);
    }
    i64 lo_d, hi_d;
    if (fake > 0 && undiscriminated > 0.0) {
        binom_row(fake, undiscriminated, lf, weight, cut, buf_b, &lo_d, &hi_d, &tail);
        neglected += weight * tail;
    } else {
        lo_d = 0; hi_d = 0;
        buf_b[0] = 1.0;
    }
    i64 first = max64(lo_d, capacity + 1 - w);
    if (first <= hi_d) {
        i64 m = w + first, lo, hi;
        hyper_row(m, w, capacity, lf, weight, cut, hyper, &lo, &hi, &tail);
        /* ahead: the row of the next d is already in hyper (updated by the previous pass's fused loop) */
        int ahead = 0;
        for (i64 d = first; d <= hi_d; d++) {
            if (d > first) {
                m = w + d;
                if (!ahead) {
                    double scale = (double)((m - w) * (m - capacity)) / (double)m;
                    i64 shift = m - w - capacity;
                    for (i64 e = lo; e <= hi; e++) hyper[e] *= scale * reciprocal[shift + e];
                }
            }
            ahead = 0;
            double binds = buf_b[d] * sf[m - sf_low];
            if (weight * binds <= cut) {
                neglected += weight * binds;
                continue;
            }
            double limit = cut / (weight * binds);
            i64 low_support = max64(0, capacity - (m - w));
            i64 mode = min64(max64((i64)((double)((capacity + 1) * (w + 1)) / (double)(m + 2)), low_support), top);
            while (lo > low_support) {
                i64 e = lo;
                double r = (double)(e * (m - w - capacity + e)) / (((double)(w - e) + 1.0) * ((double)(capacity - e) + 1.0));
                if (e <= mode && hyper[e] * r < limit) break;
                hyper[e - 1] = hyper[e] * r;
                lo -= 1;
            }
            while (hi < top) {
                i64 e = hi;
                double r = (double)((w - e) * (capacity - e)) / (((double)e + 1.0) * ((double)(m - w - capacity + e) + 1.0));
                if (e >= mode && hyper[e] * r < limit) break;
                hyper[e + 1] = hyper[e] * r;
                hi += 1;
            }
            while (hi > mode && hyper[hi] < limit) hi -= 1;
            while (lo < mode && hyper[lo] < limit) lo += 1;
            expected_objects += binds * (double)capacity;
            /* One pass over the row: add it to the engaged table, sum it (four partial sums; the sum only bounds
             * the neglected mass) and, where another d follows, step it to that d's row by the exact ratio in the
             * candidates. Each cell sees the operations of the three separate loops this replaced, in their
             * order, so the results are bit-identical to them. Four cells at a time as one vector: lane j holds the
             * cells e ≡ lo + j (mod 4), so its partial sum is the k_j of the scalar loops, and the cells left over
             * go to lane 0's sum after it, as they did (the compiler's own vectorising of the scalar loops
             * shuffled lanes at every step). */
            v4 vk = {0.0, 0.0, 0.0, 0.0};
            double k0 = 0.0;
            i64 e = lo;
            const v4 vbinds = {binds, binds, binds, binds};
            if (d < hi_d) {
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
                k0 = vk[0]; /* the tail cells go to lane 0's partial sum, as in the scalar loops */
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
                k0 = vk[0]; /* the tail cells go to lane 0's partial sum, as in the scalar loops */
                for (; e <= hi; e++) {
                    engaged[e] += binds * hyper[e];
                    k0 += hyper[e];
                }
            }
            double k1 = vk[1], k2 = vk[2], k3 = vk[3];
            double kept = (k0 + k1) + (k2 + k3);
            if (kept < 1.0) neglected += weight * binds * (1.0 - kept);
        }
    }
    *objects_out = expected_objects;
    *neglected_out = neglected;
}

/* The kill step: add weight·P(leak | w) to out_row from the engaged table engaged[0..top]; the mass left out is
 * added to *neglected (the running sum of the engaged table's pass, so the total is summed in the same order). */
HOT static void kill_step(i64 w, double weight, const double *engaged, i64 top, const Table *kill, double cut, double *out_row,
                          double *neglected) {
    double lost = *neglected;
    for (i64 e = 0; e <= top; e++) {
        double mass = weight * engaged[e];
        if (mass <= cut) {
            lost += mass;
            continue;
        }
        axpy(mass, kill->flat + kill->starts[e], kill->highs[e] - kill->lows[e] + 1, out_row + (w - e + kill->lows[e]));
    }
    *neglected = lost;
}

/* Add weight·P(leak | w) to out_row; expected engaged objects and neglected mass through the pointers. */
static inline void salvo_one(i64 w, double weight, double *out_row, i64 capacity, double tracking, i64 decoys, double undiscriminated,
                             const double *sf, i64 sf_low, const double *lf, double cut, Workspace *s,
                             double *objects_out, double *neglected_out) {
    salvo_engaged(w, weight, capacity, tracking, decoys, undiscriminated, sf, sf_low, lf, cut, s, objects_out, neglected_out);
    kill_step(w, weight, s->engaged, min64(w, capacity), &s->kill, cut, out_row, neglected_out);
}

EXPORT int ck_salvo_layer(const i64 *ws, const double *weights, const i64 *rows, i64 n, i64 capacity, double tracking, i64 decoys,
                          double undiscriminated, double survive, const double *sf, i64 sf_low, const double *lf, double cut,
                          double *out, i64 width, double *objects_out, double *neglected_out) {
    Workspace s;
    if (salvo_workspace(capacity, width, decoys, survive, lf, cut, &s) != 0) { free_workspace(&s); return -1; }
    double objects = 0.0, neglected = 0.0, expected_objects, lost;
    for (i64 i = 0; i < n; i++) {
        double weight = weights[i];
        if (weight <= 0.0) continue;
        salvo_one(ws[i], weight, out + rows[i] * width, capacity, tracking, decoys, undiscriminated, sf, sf_low, lf, cut, &s,
                  &expected_objects, &lost);
        objects += weight * expected_objects;
        neglected += lost;
    }
    free_workspace(&s);
    *objects_out = objects;
    *neglected_out = neglected;
    return 0;
}

EXPORT int ck_salvo_rows(const i64 *ws, const double *scales, i64 n, i64 capacity, double tracking, i64 decoys, double undiscriminated,
                         double survive, const double *sf, i64 sf_low, const double *lf, double cut, double *out, i64 width,
                         double *objects, double *neglected) {
    Workspace s;
    if (salvo_workspace(capacity, width, decoys, survive, lf, cut, &s) != 0) { free_workspace(&s); return -1; }
    for (i64 i = 0; i < n; i++)
        salvo_one(ws[i], scales[i], out + i * width, capacity, tracking, decoys, undiscriminated, sf, sf_low, lf, cut, &s,
                  objects + i, neglected + i);
    free_workspace(&s);
    return 0;
}

/* The engaged tables of ck_salvo_layer alone: row i of engaged (stride cells) holds w_i's table over
 * e = 0..min(w_i, capacity), zero beyond; objects[i] and neglected[i] as salvo_one's before its kill step. */
EXPORT int ck_salvo_engaged(const i64 *ws, const double *weights, i64 n, i64 capacity, double tracking, i64 decoys,
                            double undiscriminated, const double *sf, i64 sf_low, const double *lf, double cut, i64 width,
                            double *engaged, i64 stride, double *objects, double *neglected) {
    Workspace s;
    if (salvo_workspace(capacity, width, decoys, -1.0, lf, cut, &s) != 0) { free_workspace(&s); return -1; }
    for (i64 i = 0; i < n; i++) {
        double *row = engaged + i * stride;
        for (i64 e = 0; e < stride; e++) row[e] = 0.0;
        objects[i] = 0.0;
        neglected[i] = 0.0;
        if (weights[i] <= 0.0) continue;
        salvo_engaged(ws[i], weights[i], capacity, tracking, decoys, undiscriminated, sf, sf_low, lf, cut, &s, objects + i,
                      neglected + i);
        i64 top = min64(ws[i], capacity);
        for (i64 e = 0; e <= top && e < stride; e++) row[e] = s.engaged[e];
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
    for (i64 i = 0; i < n; i++) {
        i64 w = ws[i];
        double weight = weights[i];
        if (weight <= 0.0) continue;
        double *row = out + rows[i] * width;
        i64 top = min64(w, capacity);
        for (i64 k = 0; k <= top; k++) engaged[k] = 0.0;
        i64 lo_t, hi_t;
        binom_row(w, tracking, lf, weight, cut, buf_t, &lo_t, &hi_t, &tail);
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
            binom_row(k, survive_first, lf, mass, cut, buf_s, &lo_s, &hi_s, &tail);
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
