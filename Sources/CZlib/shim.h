// zlib (Debian zlib1g-dev) to measure pages compressed as a web server sends them. Only
// Sources/SitthiKit/Support/Gzip.swift imports this module.
#include <zlib.h>
