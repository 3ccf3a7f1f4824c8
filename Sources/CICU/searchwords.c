#include "CICU.h"
#include <unicode/ubrk.h>

// Word spans for the search index: ICU's word break iterator, keeping only the segments its rules tag
// as words (letters, numbers, dictionary words), not spaces or punctuation. Self-contained: it opens and
// closes its own iterator on every call.
int32_t sitthi_search_word_spans(const uint16_t *text, int32_t length, const char *locale, int32_t *spans, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_WORD, locale, (const UChar *)text, length, &status);
    if (U_FAILURE(status) || iterator == NULL) return -1;
    int32_t count = 0;
    int32_t start = ubrk_first(iterator);
    for (int32_t end = ubrk_next(iterator); end != UBRK_DONE; start = end, end = ubrk_next(iterator)) {
        if (ubrk_getRuleStatus(iterator) < UBRK_WORD_NONE_LIMIT) continue;
        if (count + 2 > capacity) break;
        spans[count++] = start;
        spans[count++] = end;
    }
    ubrk_close(iterator);
    return count / 2;
}
