// Pango and Cairo (Debian libpango1.0-dev, libcairo2-dev) with fontconfig, for drawing PDF leaflets and
// share pictures. Only the files in Sources/SitthiKit/Drawing/ that say so import this module.
#include <pango/pangocairo.h>
#include <cairo-pdf.h>
#include <fontconfig/fontconfig.h>
