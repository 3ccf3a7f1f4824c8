#include "CICU.h"
#include <string.h>
#include <unicode/ubrk.h>

// Opening a break iterator costs far more than running it over a paragraph, so each thread keeps the
// last one it opened and only gives it new text while the language stays the same.
static __thread UBreakIterator *cached_iterator = NULL;
static __thread char cached_locale[32];

int32_t sitthi_word_boundaries(const uint16_t *text, int32_t length, const char *locale, int32_t *boundaries, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    if (cached_iterator == NULL || strncmp(cached_locale, locale, sizeof cached_locale) != 0) {
        if (cached_iterator != NULL) ubrk_close(cached_iterator);
        cached_iterator = ubrk_open(UBRK_WORD, locale, NULL, 0, &status);
        if (U_FAILURE(status) || cached_iterator == NULL) {
            cached_iterator = NULL;
            return -1;
        }
        strncpy(cached_locale, locale, sizeof cached_locale - 1);
        cached_locale[sizeof cached_locale - 1] = '\0';
    }
    ubrk_setText(cached_iterator, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t count = 0;
    for (int32_t boundary = ubrk_first(cached_iterator); boundary != UBRK_DONE; boundary = ubrk_next(cached_iterator)) {
        if (count == capacity) break;
        boundaries[count++] = boundary;
    }
    return count;
}
