/* fuzz_yaml.c: libFuzzer target for the YAML to JSON converter. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "../../judge/pkg.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct json_object	*o;
	char			 err[256];

	o = pkg_yaml_to_json((const char *)data, size, err, sizeof(err));
	if (o == NULL && memchr(err, '\0', sizeof(err)) == NULL)
		abort();
	if (o != NULL)
		(void)json_object_to_json_string(o);
	json_object_put(o);
	return 0;
}
