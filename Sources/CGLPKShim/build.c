#include "build.h"

glp_prob *cglpk_build(const cglpk_model *m) {
    glp_prob *P = glp_create_prob();
    if (m->name) glp_set_prob_name(P, m->name);
    if (m->obj_name) glp_set_obj_name(P, m->obj_name);
    glp_set_obj_dir(P, m->obj_dir);
    glp_set_obj_coef(P, 0, m->obj_const);
    if (m->n_rows > 0) glp_add_rows(P, m->n_rows);
    for (int i = 0; i < m->n_rows; i++) {
        glp_set_row_bnds(P, i + 1, m->row_type[i], m->row_lb[i], m->row_ub[i]);
        if (m->row_name_off && m->names) glp_set_row_name(P, i + 1, m->names + m->row_name_off[i]);
    }
    if (m->n_cols > 0) glp_add_cols(P, m->n_cols);
    for (int j = 0; j < m->n_cols; j++) {
        glp_set_col_kind(P, j + 1, m->col_kind[j]);     /* before the bounds: GLP_BV resets them to [0, 1] */
        glp_set_col_bnds(P, j + 1, m->col_type[j], m->col_lb[j], m->col_ub[j]);
        if (m->col_obj[j] != 0.0) glp_set_obj_coef(P, j + 1, m->col_obj[j]);
        if (m->col_name_off && m->names) glp_set_col_name(P, j + 1, m->names + m->col_name_off[j]);
    }
    if (m->n_nz > 0) glp_load_matrix(P, m->n_nz, m->ia, m->ja, m->ar);
    return P;
}
