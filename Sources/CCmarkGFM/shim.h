// The cmark-gfm parser, HTML renderer and GitHub extensions (Debian libcmark-gfm-dev and
// libcmark-gfm-extensions-dev). Only Sources/SitthiKit/Markdown imports this module.
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>
