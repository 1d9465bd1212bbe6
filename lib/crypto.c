/* crypto.c: the one place that touches libsodium. */
#include <string.h>

#include <sodium.h>

#include "crypto.h"
#include "log.h"

/*
 * Interactive argon2id limits: about 60 ms and 64 MiB on our 2-core hosts.
 * Log-in throttling bounds how often an attacker makes us pay it.
 */
#define PW_OPSLIMIT	crypto_pwhash_OPSLIMIT_INTERACTIVE
#define PW_MEMLIMIT	crypto_pwhash_MEMLIMIT_INTERACTIVE

int
crypto_init(void)
{
	if (sodium_init() < 0) {
		log_warnx("%s: sodium_init failed", __func__);
		return -1;
	}
	return 0;
}

const char *
password_check_policy(const char *pw)
{
	size_t	 n = strlen(pw), i;

	if (n < PASSWORD_MIN)
		return "password must be at least 8 characters";
	if (n > PASSWORD_MAX)
		return "password must be at most 128 characters";
	for (i = 0; i < n; i++)
		if ((unsigned char)pw[i] < 0x20 || pw[i] == 0x7f)
			return "password must not contain control characters";
	return NULL;
}

int
password_hash(const char *pw, char out[PASSWORD_HASH_MAX])
{
	if (crypto_pwhash_str(out, pw, strlen(pw), PW_OPSLIMIT,
	    PW_MEMLIMIT) != 0) {
		log_warnx("%s: out of memory", __func__);
		return -1;
	}
	return 0;
}

int
password_verify(const char *pw, const char *hash)
{
	return crypto_pwhash_str_verify(hash, pw, strlen(pw)) == 0;
}

void
password_dummy_verify(const char *pw)
{
	static char	 dummy[crypto_pwhash_STRBYTES];

	if (dummy[0] == '\0' && password_hash("verdict-dummy-password",
	    dummy) == -1)
		return;
	(void)password_verify(pw, dummy);
}

void
token_new(char out[TOKEN_LEN + 1])
{
	unsigned char	 raw[32];

	randombytes_buf(raw, sizeof(raw));
	sodium_bin2base64(out, TOKEN_LEN + 1, raw, sizeof(raw),
	    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
}

void
digest_sha256(const void *data, size_t len, uint8_t out[DIGEST_LEN])
{
	crypto_hash_sha256(out, data, len);
}

void
digest_hex(const uint8_t *in, size_t n, char *out)
{
	sodium_bin2hex(out, n * 2 + 1, in, n);
}

int
ct_equal(const char *a, const char *b)
{
	size_t	 n = strlen(a);

	if (n != strlen(b))
		return 0;
	return sodium_memcmp(a, b, n) == 0;
}
