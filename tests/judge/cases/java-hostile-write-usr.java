// expect: AC
// canary: /usr/verdict-judge-canary-java
import java.nio.file.*;
import java.util.*;

public class Main {
	public static void main(String[] args) throws Exception {
		try {
			Files.write(Paths.get("/usr/verdict-judge-canary-java"),
			    new byte[] { 1 });
			System.out.println("WROTE");
			return;
		} catch (Exception e) {
		}
		Scanner s = new Scanner(System.in);
		System.out.println(s.nextLong() + s.nextLong());
	}
}
