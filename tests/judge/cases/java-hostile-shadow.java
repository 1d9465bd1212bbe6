// expect: AC
import java.nio.file.*;
import java.util.*;

public class Main {
	public static void main(String[] args) throws Exception {
		try {
			byte[] b = Files.readAllBytes(Paths.get("/etc/shadow"));
			System.out.println("LEAKED " + b.length);
			return;
		} catch (Exception e) {
		}
		Scanner s = new Scanner(System.in);
		System.out.println(s.nextLong() + s.nextLong());
	}
}
