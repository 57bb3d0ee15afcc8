// The system ICU (libicu-dev) seen through version-independent wrappers.
//
// ICU's headers rename every function with a version suffix (ucnv_open ->
// ucnv_open_72) through macros that Swift cannot see through, so each
// function the package uses gets a `static inline` wrapper here.
#ifndef GONGWEN_CICU_SHIM_H
#define GONGWEN_CICU_SHIM_H

#include <unicode/utypes.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

static inline int cicu_failure(UErrorCode status) { return U_FAILURE(status) ? 1 : 0; }
static inline const char *cicu_error_name(UErrorCode status) { return u_errorName(status); }

// MARK: Conversion

static inline UConverter *cicu_ucnv_open(const char *name, UErrorCode *status) {
  return ucnv_open(name, status);
}
static inline void cicu_ucnv_close(UConverter *converter) { ucnv_close(converter); }
static inline int32_t cicu_ucnv_toUChars(UConverter *converter, UChar *dest, int32_t destCapacity,
                                         const char *src, int32_t srcLength, UErrorCode *status) {
  return ucnv_toUChars(converter, dest, destCapacity, src, srcLength, status);
}
/// Streams `*source..sourceLimit` into `*target..targetLimit`; `flush` on the last chunk.
static inline void cicu_ucnv_toUnicode(UConverter *converter, UChar **target, const UChar *targetLimit,
                                       const char **source, const char *sourceLimit, int flush,
                                       UErrorCode *status) {
  ucnv_toUnicode(converter, target, targetLimit, source, sourceLimit, NULL, (UBool)(flush != 0), status);
}

/// Makes conversion to Unicode stop at each invalid or unmappable byte sequence instead of
/// writing a substitute, so that the caller learns where each one is (and can tell a U+FFFD
/// the input encodes from one standing in for bad bytes).
static inline void cicu_ucnv_stop_on_invalid(UConverter *converter, UErrorCode *status) {
  UConverterToUCallback previous;
  const void *previousContext;
  ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, &previous, &previousContext, status);
}
/// Whether `status` is the stop of `cicu_ucnv_stop_on_invalid` (bad input, not a failure).
static inline int cicu_is_invalid_input(UErrorCode status) {
  return status == U_INVALID_CHAR_FOUND || status == U_ILLEGAL_CHAR_FOUND || status == U_TRUNCATED_CHAR_FOUND;
}
static inline void cicu_ucnv_resetToUnicode(UConverter *converter) { ucnv_resetToUnicode(converter); }

// MARK: Charset detection

static inline UCharsetDetector *cicu_ucsdet_open(UErrorCode *status) { return ucsdet_open(status); }
static inline void cicu_ucsdet_close(UCharsetDetector *detector) { ucsdet_close(detector); }
static inline void cicu_ucsdet_setText(UCharsetDetector *detector, const char *text, int32_t length,
                                       UErrorCode *status) {
  ucsdet_setText(detector, text, length, status);
}
static inline const UCharsetMatch *cicu_ucsdet_detect(UCharsetDetector *detector, UErrorCode *status) {
  return ucsdet_detect(detector, status);
}
static inline const char *cicu_ucsdet_getName(const UCharsetMatch *match, UErrorCode *status) {
  return ucsdet_getName(match, status);
}
static inline int32_t cicu_ucsdet_getConfidence(const UCharsetMatch *match, UErrorCode *status) {
  return ucsdet_getConfidence(match, status);
}

#endif
