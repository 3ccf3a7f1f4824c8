// ICU (Debian libicu-dev) behind one function. ICU's own headers are included only in zawgyi.c: imported
// into Swift they would clash with the copy of ICU inside the toolchain's Foundation.
#include <stdint.h>

/// Converts Zawgyi-encoded Burmese in `buffer` (UTF-16, `length` units, room for `capacity`) to Unicode
/// in place with ICU's "Zawgyi-my" transliterator; returns the new length, or -1 on failure.
int32_t sitthi_zawgyi_to_unicode(uint16_t *buffer, int32_t length, int32_t capacity);
