// ICU (Debian libicu-dev) behind a few functions, each in a file of its own. ICU's own headers are included
// only in those .c files: imported into Swift they would clash with the copy of ICU inside the toolchain's
// Foundation.
#include <stdint.h>

/// Converts Zawgyi-encoded Burmese in `buffer` (UTF-16, `length` units, room for `capacity`) to Unicode
/// in place with ICU's "Zawgyi-my" transliterator; returns the new length, or -1 on failure.
int32_t sitthi_zawgyi_to_unicode(uint16_t *buffer, int32_t length, int32_t capacity);

/// `text` (UTF-8, `length` bytes) in Unicode NFC, for the search index: returns -2 when the text is
/// already in NFC (nothing written), otherwise the length of its NFC form in bytes, written to `output`
/// when `capacity` suffices (call again with a larger buffer when it returns more than `capacity`), or
/// -1 on failure (invalid UTF-8).
int32_t sitthi_nfc_utf8(const char *text, int32_t length, char *output, int32_t capacity);

/// The word boundaries ICU finds in `text` (UTF-16, `length` units) for a language (`locale`, such as
/// "my"), as UTF-16 offsets from 0 to `length` in increasing order, written into `boundaries` (room for
/// `capacity`, which `length + 1` always suffices for); returns how many, or -1 on failure.
int32_t sitthi_word_boundaries(const uint16_t *text, int32_t length, const char *locale, int32_t *boundaries, int32_t capacity);
