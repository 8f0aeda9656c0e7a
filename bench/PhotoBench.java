import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Writes COUNT notices, each showing a 4,000 by 3,000 JPEG photo (ellipses of colour under a
 * camera's noise, some 1.3 MB as the JDK encodes it), and a site.yml, into CONTENT-DIR: the
 * corpus of bench/photos.sh. The same COUNT gives the same files.
 *
 *   java bench/PhotoBench.java CONTENT-DIR COUNT
 */
public class PhotoBench {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Random random = new Random(3);
        for (int i = 0; i < count; i++) {
            Path folder = Files.createDirectories(root.resolve("notices/anh-" + i));
            BufferedImage photo = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = photo.createGraphics();
            for (int k = 0; k < 400; k++) {
                g.setColor(new Color(random.nextInt(0xFFFFFF)));
                g.fillOval(random.nextInt(4000), random.nextInt(3000), 50 + random.nextInt(600), 50 + random.nextInt(600));
            }
            g.dispose();
            for (int k = 0; k < 4000 * 3000 / 3; k++) {
                int x = random.nextInt(4000);
                int y = random.nextInt(3000);
                photo.setRGB(x, y, photo.getRGB(x, y) ^ (random.nextInt(0x20) * 0x010101));
            }
            ImageIO.write(photo, "jpeg", folder.resolve("anh.jpg").toFile());
            Files.writeString(folder.resolve("index.md"), "---\ntitle: \"Hội nghị số " + i + "\"\ndate: 2024-03-"
                    + (10 + i % 18) + "\nauthor: \"Ban biên tập\"\n---\nQuang cảnh hội nghị.\n\n"
                    + "![Quang cảnh hội nghị số " + i + "](anh.jpg)\n");
        }
        Files.writeString(root.resolve("site.yml"), "title: \"Thử ảnh\"\nbaseUrl: \"https://example.gov.vn\"\n");
    }
}
