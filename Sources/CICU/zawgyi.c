#include "CICU.h"
#include <unicode/utrans.h>

int32_t sitthi_zawgyi_to_unicode(uint16_t *buffer, int32_t length, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UChar id[] = { 'Z', 'a', 'w', 'g', 'y', 'i', '-', 'm', 'y', 0 };
    UTransliterator *transliterator = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
    if (U_FAILURE(status) || transliterator == NULL) return -1;
    int32_t limit = length;
    utrans_transUChars(transliterator, (UChar *)buffer, &length, capacity, 0, &limit, &status);
    utrans_close(transliterator);
    return U_FAILURE(status) ? -1 : length;
}
