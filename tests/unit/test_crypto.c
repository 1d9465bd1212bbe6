/* test_crypto.c: password policy, argon2id round trip, tokens, digests. */
#include <string.h>

#include "crypto.h"
#include "t.h"

int
main(void)
{
	char	 h[PASSWORD_HASH_MAX], t1[TOKEN_LEN + 1], t2[TOKEN_LEN + 1];
	char	 hex[DIGEST_LEN * 2 + 1], longpw[200];
	uint8_t	 d[DIGEST_LEN];
	size_t	 i;

	T_OK(crypto_init() == 0, "sodium initialises");
	T_OK(password_check_policy("1234567") != NULL, "7 characters refused");
	T_OK(password_check_policy("12345678") == NULL, "8 characters accepted");
	memset(longpw, 'a', sizeof(longpw));
	longpw[128] = '\0';
	T_OK(password_check_policy(longpw) == NULL, "128 characters accepted");
	longpw[128] = 'a';
	longpw[129] = '\0';
	T_OK(password_check_policy(longpw) != NULL, "129 characters refused");
	T_OK(password_check_policy("abc\tdefgh") != NULL,
	    "control characters refused");
	T_OK(password_hash("correct horse", h) == 0, "hash made");
	T_OK(strncmp(h, "$argon2id$", 10) == 0, "hash is argon2id");
	T_OK(password_verify("correct horse", h) == 1, "right password verifies");
	T_OK(password_verify("correct hors", h) == 0, "wrong password fails");
	T_OK(password_verify("x", "not a hash") == 0, "garbage hash fails");
	token_new(t1);
	token_new(t2);
	T_INTEQ(strlen(t1), TOKEN_LEN, "token length");
	T_OK(strcmp(t1, t2) != 0, "tokens differ");
	for (i = 0; i < TOKEN_LEN; i++)
		if (!(t1[i] == '-' || t1[i] == '_' ||
		    (t1[i] >= 'a' && t1[i] <= 'z') ||
		    (t1[i] >= 'A' && t1[i] <= 'Z') ||
		    (t1[i] >= '0' && t1[i] <= '9')))
			break;
	T_INTEQ(i, TOKEN_LEN, "token is base64url");
	digest_sha256("abc", 3, d);
	digest_hex(d, DIGEST_LEN, hex);
	T_STREQ(hex, "ba7816bf8f01cfea414140de5dae2223"
	    "b00361a396177a9cb410ff61f20015ad", "sha256(abc)");
	T_OK(ct_equal("abc", "abc") == 1, "ct_equal equal");
	T_OK(ct_equal("abc", "abd") == 0, "ct_equal differs");
	T_OK(ct_equal("abc", "abcd") == 0, "ct_equal length differs");
	T_DONE();
}
