// expect: TLE RE MLE AC
// thread bomb: the pids limit refuses new threads (OutOfMemoryError:
// unable to create native thread).
import java.util.*;

public class Main {
	public static void main(String[] args) throws Exception {
		int made = 0;
		try {
			for (int i = 0; i < 100000; i++) {
				Thread t = new Thread(() -> {
					try { Thread.sleep(1000000); } catch (Exception e) { }
				});
				t.setDaemon(true);
				t.start();
				made++;
			}
		} catch (Throwable e) {
		}
		if (made > 1000) {
			System.out.println("THREADS " + made);
			return;
		}
		Scanner s = new Scanner(System.in);
		System.out.println(s.nextLong() + s.nextLong());
	}
}
