/* crypto.h: passwords (argon2id), random tokens and digests via libsodium. */
#ifndef VERDICT_CRYPTO_H
#define VERDICT_CRYPTO_H

#include <stddef.h>
#include <stdint.h>

#define PASSWORD_MIN	8
#define PASSWORD_MAX	128
#define PASSWORD_HASH_MAX	128	/* crypto_pwhash_STRBYTES */
#define TOKEN_LEN	43	/* 32 random bytes, base64url without padding */
#define DIGEST_LEN	32	/* SHA-256 */

/* crypto_init: once per process (sodium_init); -1 when it fails. */
int	crypto_init(void);
/*
 * password_check_policy: NULL when pw is acceptable, otherwise a static
 * message for the user (too short, too long, control characters).
 */
const char *password_check_policy(const char *pw);
/* password_hash: argon2id string into out (PASSWORD_HASH_MAX); 0 or -1. */
int	password_hash(const char *pw, char out[PASSWORD_HASH_MAX]);
/* password_verify: 1 when pw matches hash, 0 otherwise (never -1). */
int	password_verify(const char *pw, const char *hash);
/*
 * password_dummy_verify: spend the time of one verification, so that a
 * log-in for an unknown user takes as long as a wrong password.
 */
void	password_dummy_verify(const char *pw);
/* token_new: TOKEN_LEN random base64url characters plus NUL. */
void	token_new(char out[TOKEN_LEN + 1]);
/* digest_sha256: SHA-256 of data. */
void	digest_sha256(const void *data, size_t len, uint8_t out[DIGEST_LEN]);
/* digest_hex: lowercase hex of n bytes into out (2n + 1 bytes). */
void	digest_hex(const uint8_t *in, size_t n, char *out);
/* ct_equal: constant-time comparison of two strings; 1 when equal. */
int	ct_equal(const char *a, const char *b);

#endif
