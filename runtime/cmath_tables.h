/* cmath_tables.h -- written by scripts/gen_cmath_tables.py from CPython 3.11's
 * answers; do not edit. The values of cmath's functions at infinities and
 * nans, indexed [kind of real part][kind of imaginary part] (mod_cmath.c's
 * special_type()); included by runtime/mod_cmath.c only. */

static const Complex acos_special[7][7] = {
    {C(P34,INF), C(P,INF), C(P,INF), C(P,-INF), C(P,-INF), C(P34,-INF), C(N,INF)},
    {C(P12,INF), C(N,N), C(N,N), C(N,N), C(N,N), C(P12,-INF), C(N,N)},
    {C(P12,INF), C(N,N), C(N,N), C(N,N), C(N,N), C(P12,-INF), C(P12,N)},
    {C(P12,INF), C(N,N), C(N,N), C(N,N), C(N,N), C(P12,-INF), C(P12,N)},
    {C(P12,INF), C(N,N), C(N,N), C(N,N), C(N,N), C(P12,-INF), C(N,N)},
    {C(P14,INF), C(0.,INF), C(0.,INF), C(0.,-INF), C(0.,-INF), C(P14,-INF), C(N,INF)},
    {C(N,INF), C(N,N), C(N,N), C(N,N), C(N,N), C(N,-INF), C(N,N)},
};

static const Complex acosh_special[7][7] = {
    {C(INF,-P34), C(INF,-P), C(INF,-P), C(INF,P), C(INF,P), C(INF,P34), C(INF,N)},
    {C(INF,-P12), C(N,N), C(N,N), C(N,N), C(N,N), C(INF,P12), C(N,N)},
    {C(INF,-P12), C(N,N), C(N,N), C(N,N), C(N,N), C(INF,P12), C(N,N)},
    {C(INF,-P12), C(N,N), C(N,N), C(N,N), C(N,N), C(INF,P12), C(N,N)},
    {C(INF,-P12), C(N,N), C(N,N), C(N,N), C(N,N), C(INF,P12), C(N,N)},
    {C(INF,-P14), C(INF,-0.), C(INF,-0.), C(INF,0.), C(INF,0.), C(INF,P14), C(INF,N)},
    {C(INF,N), C(N,N), C(N,N), C(N,N), C(N,N), C(INF,N), C(N,N)},
};

static const Complex asinh_special[7][7] = {
    {C(-INF,-P14), C(-INF,-0.), C(-INF,-0.), C(-INF,0.), C(-INF,0.), C(-INF,P14), C(-INF,N)},
    {C(-INF,-P12), C(N,N), C(N,N), C(N,N), C(N,N), C(-INF,P12), C(N,N)},
    {C(-INF,-P12), C(N,N), C(N,N), C(N,N), C(N,N), C(-INF,P12), C(N,N)},
    {C(INF,-P12), C(N,N), C(N,N), C(N,N), C(N,N), C(INF,P12), C(N,N)},
    {C(INF,-P12), C(N,N), C(N,N), C(N,N), C(N,N), C(INF,P12), C(N,N)},
    {C(INF,-P14), C(INF,-0.), C(INF,-0.), C(INF,0.), C(INF,0.), C(INF,P14), C(INF,N)},
    {C(INF,N), C(N,N), C(N,-0.), C(N,0.), C(N,N), C(INF,N), C(N,N)},
};

static const Complex atanh_special[7][7] = {
    {C(-0.,-P12), C(-0.,-P12), C(-0.,-P12), C(-0.,P12), C(-0.,P12), C(-0.,P12), C(-0.,N)},
    {C(-0.,-P12), C(N,N), C(N,N), C(N,N), C(N,N), C(-0.,P12), C(N,N)},
    {C(-0.,-P12), C(N,N), C(N,N), C(N,N), C(N,N), C(-0.,P12), C(-0.,N)},
    {C(0.,-P12), C(N,N), C(N,N), C(N,N), C(N,N), C(0.,P12), C(0.,N)},
    {C(0.,-P12), C(N,N), C(N,N), C(N,N), C(N,N), C(0.,P12), C(N,N)},
    {C(0.,-P12), C(0.,-P12), C(0.,-P12), C(0.,P12), C(0.,P12), C(0.,P12), C(0.,N)},
    {C(0.,-P12), C(N,N), C(N,N), C(N,N), C(N,N), C(0.,P12), C(N,N)},
};

static const Complex cosh_special[7][7] = {
    {C(N,N), C(-INF,INF), C(INF,0.), C(INF,-0.), C(-INF,-INF), C(N,N), C(INF,N)},
    {C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,N)},
    {C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,0.)},
    {C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,0.)},
    {C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,N)},
    {C(N,N), C(-INF,-INF), C(INF,-0.), C(INF,0.), C(-INF,INF), C(N,N), C(INF,N)},
    {C(N,N), C(N,N), C(N,0.), C(N,0.), C(N,N), C(N,N), C(N,N)},
};

static const Complex exp_special[7][7] = {
    {C(0.,0.), C(-0.,-0.), C(0.,-0.), C(0.,0.), C(-0.,0.), C(0.,0.), C(0.,0.)},
    {C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,N)},
    {C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,N)},
    {C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,N)},
    {C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,N)},
    {C(N,N), C(-INF,-INF), C(INF,-0.), C(INF,0.), C(-INF,INF), C(N,N), C(INF,N)},
    {C(N,N), C(N,N), C(N,-0.), C(N,0.), C(N,N), C(N,N), C(N,N)},
};

static const Complex log_special[7][7] = {
    {C(INF,-P34), C(INF,-P), C(INF,-P), C(INF,P), C(INF,P), C(INF,P34), C(INF,N)},
    {C(INF,-P12), C(N,N), C(N,N), C(N,N), C(N,N), C(INF,P12), C(N,N)},
    {C(INF,-P12), C(N,N), C(N,N), C(N,N), C(N,N), C(INF,P12), C(N,N)},
    {C(INF,-P12), C(N,N), C(N,N), C(N,N), C(N,N), C(INF,P12), C(N,N)},
    {C(INF,-P12), C(N,N), C(N,N), C(N,N), C(N,N), C(INF,P12), C(N,N)},
    {C(INF,-P14), C(INF,-0.), C(INF,-0.), C(INF,0.), C(INF,0.), C(INF,P14), C(INF,N)},
    {C(INF,N), C(N,N), C(N,N), C(N,N), C(N,N), C(INF,N), C(N,N)},
};

static const Complex sinh_special[7][7] = {
    {C(N,N), C(INF,-INF), C(-INF,-0.), C(-INF,0.), C(INF,INF), C(N,N), C(INF,N)},
    {C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,N)},
    {C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(0.,N)},
    {C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(0.,N)},
    {C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,N)},
    {C(N,N), C(-INF,-INF), C(INF,-0.), C(INF,0.), C(-INF,INF), C(N,N), C(INF,N)},
    {C(N,N), C(N,N), C(N,-0.), C(N,0.), C(N,N), C(N,N), C(N,N)},
};

static const Complex sqrt_special[7][7] = {
    {C(INF,-INF), C(0.,-INF), C(0.,-INF), C(0.,INF), C(0.,INF), C(INF,INF), C(N,INF)},
    {C(INF,-INF), C(N,N), C(N,N), C(N,N), C(N,N), C(INF,INF), C(N,N)},
    {C(INF,-INF), C(N,N), C(N,N), C(N,N), C(N,N), C(INF,INF), C(N,N)},
    {C(INF,-INF), C(N,N), C(N,N), C(N,N), C(N,N), C(INF,INF), C(N,N)},
    {C(INF,-INF), C(N,N), C(N,N), C(N,N), C(N,N), C(INF,INF), C(N,N)},
    {C(INF,-INF), C(INF,-0.), C(INF,-0.), C(INF,0.), C(INF,0.), C(INF,INF), C(INF,N)},
    {C(INF,-INF), C(N,N), C(N,N), C(N,N), C(N,N), C(INF,INF), C(N,N)},
};

static const Complex tanh_special[7][7] = {
    {C(-1.,0.), C(-1.,0.), C(-1.,-0.), C(-1.,0.), C(-1.,-0.), C(-1.,0.), C(-1.,0.)},
    {C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,N)},
    {C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,N)},
    {C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,N)},
    {C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,N)},
    {C(1.,0.), C(1.,0.), C(1.,-0.), C(1.,0.), C(1.,-0.), C(1.,0.), C(1.,0.)},
    {C(N,N), C(N,N), C(N,-0.), C(N,0.), C(N,N), C(N,N), C(N,N)},
};

/* rect(r, phi): [kind of r][kind of phi] */
static const Complex rect_special[7][7] = {
    {C(N,N), C(INF,INF), C(-INF,0.), C(-INF,-0.), C(INF,-INF), C(N,N), C(INF,N)},
    {C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,N)},
    {C(0.,0.), C(N,N), C(N,N), C(N,N), C(N,N), C(0.,0.), C(0.,0.)},
    {C(0.,0.), C(N,N), C(N,N), C(N,N), C(N,N), C(0.,0.), C(0.,0.)},
    {C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,N), C(N,N)},
    {C(N,N), C(-INF,-INF), C(INF,-0.), C(INF,0.), C(-INF,INF), C(N,N), C(INF,N)},
    {C(N,N), C(N,N), C(N,0.), C(N,0.), C(N,N), C(N,N), C(N,N)},
};
