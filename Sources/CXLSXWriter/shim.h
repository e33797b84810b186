// The libxlsxwriter API (apt: libxlsxwriter-dev), imported only by the OfficeDocuments target.
#ifndef CXLSXWRITER_SHIM_H
#define CXLSXWRITER_SHIM_H
#include <xlsxwriter.h>
#endif
