// expect: AC RE
import java.net.*;
import java.util.*;

public class Main {
	public static void main(String[] args) throws Exception {
		try {
			Socket so = new Socket();
			so.connect(new InetSocketAddress("127.0.0.1", 80), 500);
			System.out.println("CONNECTED");
			return;
		} catch (Exception e) {
		}
		Scanner s = new Scanner(System.in);
		System.out.println(s.nextLong() + s.nextLong());
	}
}
