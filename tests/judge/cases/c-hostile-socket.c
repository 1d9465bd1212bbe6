// expect: AC RE
// no network: socket() is refused (AC) or the process is killed (RE).
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int
main(void)
{
	struct sockaddr_in sa;
	long long a, b;
	int s;

	if ((s = socket(AF_INET, SOCK_STREAM, 0)) != -1) {
		memset(&sa, 0, sizeof(sa));
		sa.sin_family = AF_INET;
		sa.sin_port = htons(80);
		sa.sin_addr.s_addr = htonl(0x7f000001);
		if (connect(s, (struct sockaddr *)&sa, sizeof(sa)) == 0) {
			printf("CONNECTED\n");
			return 0;
		}
	}
	if (scanf("%lld %lld", &a, &b) != 2)
		return 1;
	printf("%lld\n", a + b);
	return 0;
}
