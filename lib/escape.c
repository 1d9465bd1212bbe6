/* escape.c: HTML entity and URL percent escaping into a capped buffer. */
#include <string.h>

#include "escape.h"

size_t
utf8_seqlen(const unsigned char *s, size_t n)
{
	unsigned int	 c = s[0];
	size_t		 len, i;
	unsigned long	 cp;

	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf) {
		len = 2;
		cp = c & 0x1f;
	} else if (c >= 0xe0 && c <= 0xef) {
		len = 3;
		cp = c & 0x0f;
	} else if (c >= 0xf0 && c <= 0xf4) {
		len = 4;
		cp = c & 0x07;
	} else
		return 0;
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3f);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
	    cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return len;
}

int
utf8_valid(const char *s, size_t n)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, l;

	while (i < n) {
		if (p[i] == '\0' || (l = utf8_seqlen(p + i, n - i)) == 0)
			return 0;
		i += l;
	}
	return 1;
}

int
esc_html(struct buf *b, const char *s, size_t n)
{
	const unsigned char	*p = (const unsigned char *)s;
	const char		*rep;
	size_t			 i = 0, start = 0, l;

	/* Copy runs of plain bytes in one go; escape the rest. */
	while (i < n) {
		l = 1;
		switch (p[i]) {
		case '&':
			rep = "&amp;";
			break;
		case '<':
			rep = "&lt;";
			break;
		case '>':
			rep = "&gt;";
			break;
		case '"':
			rep = "&quot;";
			break;
		case '\'':
			rep = "&#39;";
			break;
		case '\t':
		case '\n':
		case '\r':
			rep = NULL;
			break;
		default:
			if (p[i] < 0x20 || p[i] == 0x7f)
				rep = "\xef\xbf\xbd";
			else if (p[i] < 0x80)
				rep = NULL;
			else if ((l = utf8_seqlen(p + i, n - i)) == 0) {
				rep = "\xef\xbf\xbd";
				l = 1;
			} else
				rep = NULL;
			break;
		}
		if (rep == NULL) {
			i += l;
			continue;
		}
		if (buf_add(b, s + start, i - start) == -1 ||
		    buf_puts(b, rep) == -1)
			return -1;
		i += l;
		start = i;
	}
	return buf_add(b, s + start, i - start);
}

int
esc_url(struct buf *b, const char *s, size_t n)
{
	static const char	 hex[] = "0123456789ABCDEF";
	const unsigned char	*p = (const unsigned char *)s;
	char			 enc[3];
	size_t			 i, start = 0;

	for (i = 0; i < n; i++) {
		if ((p[i] >= 'A' && p[i] <= 'Z') ||
		    (p[i] >= 'a' && p[i] <= 'z') ||
		    (p[i] >= '0' && p[i] <= '9') ||
		    p[i] == '-' || p[i] == '.' || p[i] == '_' || p[i] == '~')
			continue;
		enc[0] = '%';
		enc[1] = hex[p[i] >> 4];
		enc[2] = hex[p[i] & 15];
		if (buf_add(b, s + start, i - start) == -1 ||
		    buf_add(b, enc, 3) == -1)
			return -1;
		start = i + 1;
	}
	return buf_add(b, s + start, n - start);
}
