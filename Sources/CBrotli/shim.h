// The brotli encoder (Debian libbrotli-dev) for the precompressed `.br` files. Only
// Sources/SitthiKit/Support/Brotli.swift imports this module.
#include <brotli/encode.h>
