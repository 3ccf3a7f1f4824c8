#include "CICU.h"
#include <stdlib.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

// NFC for the search index, over UTF-8 (the index's text is UTF-8 from end to end). Most text is already
// in NFC, and ICU's check says so without building anything; only the rest is converted.
int32_t sitthi_nfc_utf8(const char *text, int32_t length, char *output, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) return -1;
    // UTF-16 never needs more units than UTF-8 has bytes.
    UChar *units = malloc(sizeof(UChar) * (size_t)(length + 1));
    if (units == NULL) return -1;
    int32_t unitCount = 0;
    u_strFromUTF8(units, length + 1, &unitCount, text, length, &status);
    if (U_FAILURE(status)) {
        free(units);
        return -1;
    }
    if (unorm2_isNormalized(nfc, units, unitCount, &status) && U_SUCCESS(status)) {
        free(units);
        return -2;
    }
    status = U_ZERO_ERROR;
    int32_t normalizedCount = unorm2_normalize(nfc, units, unitCount, NULL, 0, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) {
        free(units);
        return -1;
    }
    status = U_ZERO_ERROR;
    UChar *normalized = malloc(sizeof(UChar) * (size_t)(normalizedCount + 1));
    if (normalized == NULL) {
        free(units);
        return -1;
    }
    unorm2_normalize(nfc, units, unitCount, normalized, normalizedCount + 1, &status);
    free(units);
    if (U_FAILURE(status)) {
        free(normalized);
        return -1;
    }
    int32_t written = 0;
    u_strToUTF8(output, capacity, &written, normalized, normalizedCount, &status);
    free(normalized);
    if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) return written;
    return U_FAILURE(status) ? -1 : written;
}
