package org.bangtin.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.bangtin.BuildResult;
import org.bangtin.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A phone's photo in a notice: its page shows a copy sized for the web, upright as the phone
 * held it, linked to the original; every image beside a notice gets its width and height.
 */
class WebImagesTest {
    private static final String PAGE = "2024/03/hoi-nghi-tong-ket/";

    @TempDir
    Path dir;

    @Test
    void aPhonesPhotoIsShownAsALighterUprightCopyLinkedToTheOriginal() throws IOException {
        // 3000 x 2000 as stored, left half red and right half blue, taken upright: Exif orientation 6.
        byte[] photo = withOrientation(jpeg(3000, 2000), 6);
        TestSites site = TestSites.at(dir.resolve("content"))
                .bytes("tin/hoi-nghi/anh-hoi-nghi.jpg", photo)
                .bytes("tin/hoi-nghi/so-do.png", png(200, 100))
                .notice("tin/hoi-nghi/index.md", "Hội nghị tổng kết", "2024-03-29", "author: \"Cái Dung\"\n",
                        "![Quang cảnh *hội nghị*](anh-hoi-nghi.jpg \"Hội trường UBND xã\")\n\n"
                                + "[![Ảnh](anh-hoi-nghi.jpg)](https://example.gov.vn/)\n\n![Sơ đồ](so-do.png)");
        Path out = dir.resolve("out");

        BuildResult result = site.build(out);

        assertTrue(result.succeeded(), result.problems().toString());
        Document page = Jsoup.parse(out.resolve(PAGE + "index.html").toFile());
        Element shown = page.selectFirst(".notice-body p img");
        assertEquals("/" + PAGE + "anh-hoi-nghi.w1280.jpg", shown.attr("src"));
        assertEquals("1280", shown.attr("width"));
        assertEquals("1920", shown.attr("height"), "upright: the phone was held on its side");
        assertEquals("Quang cảnh hội nghị", shown.attr("alt"));
        assertEquals("Hội trường UBND xã", shown.attr("title"));
        assertEquals("lazy", shown.attr("loading"));
        assertEquals("/" + PAGE + "anh-hoi-nghi.jpg", shown.parent().attr("href"), "the original, a tap away");
        assertEquals("/" + PAGE + "anh-hoi-nghi.w640.jpg 640w, /" + PAGE + "anh-hoi-nghi.w960.jpg 960w, /" + PAGE
                + "anh-hoi-nghi.w1280.jpg 1280w", shown.attr("srcset"), "a phone takes a narrower copy");
        assertEquals("(min-width: 52rem) 50rem, calc(100vw - 2rem)", shown.attr("sizes"));
        Element linked = page.select(".notice-body img").get(1);
        assertEquals("https://example.gov.vn/", linked.parent().attr("href"), "a photo that is a link keeps its link");
        Element diagram = page.select(".notice-body img").get(2);
        assertEquals(List.of("/" + PAGE + "so-do.png", "200", "100"),
                List.of(diagram.attr("src"), diagram.attr("width"), diagram.attr("height")));
        assertTrue(!diagram.parent().tagName().equals("a"), "a small image is shown as it is");

        String shared = "http://localhost:8080/" + PAGE + "anh-hoi-nghi.w1280.jpg";
        assertEquals(shared, page.selectFirst("meta[property=og:image]").attr("content"),
                "the copy stands for the notice where its link is shared");
        assertTrue(page.selectFirst("script[type=application/ld+json]").data().contains("\"image\":[\"" + shared + "\"]"));

        Path copy = out.resolve(PAGE + "anh-hoi-nghi.w1280.jpg");
        BufferedImage decoded = ImageIO.read(copy.toFile());
        assertEquals(List.of(1280, 1920), List.of(decoded.getWidth(), decoded.getHeight()));
        // Turned a quarter clockwise: the stored left half (red) is now the top.
        assertTrue(isRed(decoded.getRGB(640, 400)) && isBlue(decoded.getRGB(640, 1500)),
                Integer.toHexString(decoded.getRGB(640, 400)) + " " + Integer.toHexString(decoded.getRGB(640, 1500)));
        assertTrue(Files.size(copy) * 3 < photo.length, Files.size(copy) + " bytes against " + photo.length);
        for (int width : new int[] {640, 960}) {
            Path narrower = out.resolve(PAGE + "anh-hoi-nghi.w" + width + ".jpg");
            BufferedImage small = ImageIO.read(narrower.toFile());
            assertEquals(List.of(width, width * 3 / 2), List.of(small.getWidth(), small.getHeight()));
            assertTrue(isRed(small.getRGB(width / 2, width / 4)), "upright too");
            assertTrue(Files.size(narrower) < Files.size(copy));
        }
        assertTrue(java.util.Arrays.equals(photo, Files.readAllBytes(out.resolve(PAGE + "anh-hoi-nghi.jpg"))));
        try (var cached = Files.list(dir.resolve("content/target/bangtin-cache/web-image-2"))) {
            assertEquals(List.of("-w1280.jpg", "-w640.jpg", "-w960.jpg"), cached.map(f -> f.getFileName().toString()
                    .replaceFirst("^[0-9a-f]{64}", "")).sorted().toList(), "made once, kept for the next build");
        }
    }

    @Test
    void aPhotoInPastedHtmlGetsItsCopiesAndSizeUnlessTheHtmlSetsThem() throws IOException {
        TestSites site = TestSites.at(dir.resolve("content"))
                .bytes("tin/hoi-nghi/anh.jpg", jpeg(3000, 2000))
                .bytes("tin/hoi-nghi/so-do.png", png(200, 100))
                .notice("tin/hoi-nghi/index.md", "Hội nghị tổng kết", "2024-03-29", "author: \"Cái Dung\"\n",
                        "<p><img alt=\"Quang cảnh hội nghị\" src=\"anh.jpg\" /></p>\n\n"
                                + "<p><IMG SRC='anh.jpg' Width=\"300\" alt=\"Nhỏ\"></p>\n\n"
                                + "<p><img src=\"so-do.png\" alt=\"Sơ đồ\"></p>\n\n"
                                + "<p><img alt=\"Không ngoặc\" src=anh.jpg/></p>");
        Path out = dir.resolve("out");

        BuildResult result = site.build(out);

        assertTrue(result.succeeded(), result.problems().toString());
        List<Element> images = Jsoup.parse(out.resolve(PAGE + "index.html").toFile()).select(".notice-body img");
        Element photo = images.get(0);
        assertEquals("/" + PAGE + "anh.w1280.jpg", photo.attr("src"));
        assertEquals("Quang cảnh hội nghị", photo.attr("alt"));
        assertEquals(List.of("1280", "853"), List.of(photo.attr("width"), photo.attr("height")));
        assertEquals("/" + PAGE + "anh.w640.jpg 640w, /" + PAGE + "anh.w960.jpg 960w, /" + PAGE + "anh.w1280.jpg 1280w",
                photo.attr("srcset"));
        assertEquals("(min-width: 52rem) 50rem, calc(100vw - 2rem)", photo.attr("sizes"));
        assertTrue(Files.isRegularFile(out.resolve(PAGE + "anh.w640.jpg")), "the copies are written");
        Element narrow = images.get(1);
        assertEquals(List.of("/" + PAGE + "anh.w1280.jpg", "300", ""),
                List.of(narrow.attr("src"), narrow.attr("width"), narrow.attr("height")),
                "the width the HTML sets is kept, and no height added to distort it");
        Element diagram = images.get(2);
        assertEquals(List.of("/" + PAGE + "so-do.png", "200", "100", ""),
                List.of(diagram.attr("src"), diagram.attr("width"), diagram.attr("height"), diagram.attr("srcset")));
        Element unquoted = images.get(3);
        assertEquals(List.of("/" + PAGE + "anh.w1280.jpg", "1280", "853"),
                List.of(unquoted.attr("src"), unquoted.attr("width"), unquoted.attr("height")),
                "an address without quotes, its tag closed right after it");
    }

    @Test
    void anImageJavaCannotDecodeIsPublishedAsItIsWithAWarning() throws IOException {
        byte[] broken = png(2000, 100);
        int data = indexOf(broken, (byte) 'I', (byte) 'D') + 4; // the compressed pixels of its IDAT chunk
        broken[data] = (byte) 0xFF;
        broken[data + 1] = (byte) 0xFF;
        TestSites site = noticeShowing("anh.png", broken, "Quang cảnh hội nghị");
        Path out = dir.resolve("out");

        BuildResult result = site.build(out);

        assertTrue(result.succeeded(), result.problems().toString());
        String warning = result.problems().stream().map(p -> p.location() + ": " + p.message())
                .filter(m -> m.contains("photo")).findFirst().orElse("none");
        assertTrue(warning.startsWith("tin/hoi-nghi/index.md:8: the photo anh.png cannot be decoded by Java"), warning);
        assertTrue(warning.endsWith(": its page shows it at its full weight"), warning);
        for (String copy : List.of("anh.w640.png", "anh.w960.png", "anh.w1280.png")) {
            assertTrue(java.util.Arrays.equals(broken, Files.readAllBytes(out.resolve(PAGE + copy))),
                    "the page's image is there, only not lighter: " + copy);
        }
    }

    /** A wide diagram of a few colours, whose scaled copies would weigh more, is shown as it is under their names. */
    @Test
    void noCopyIsHeavierThanItsOriginal() throws IOException {
        BufferedImage diagram = new BufferedImage(2400, 400, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = diagram.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 2400, 400);
        g.setColor(Color.BLACK);
        for (int x = 0; x < 2400; x += 40) {
            g.drawLine(x, 0, 2400 - x, 400);
        }
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(diagram, "png", png);
        TestSites site = noticeShowing("so-do.png", png.toByteArray(), "Sơ đồ tổ chức");
        Path out = dir.resolve("out");

        assertTrue(site.build(out).succeeded());

        for (String copy : List.of("so-do.w640.png", "so-do.w960.png", "so-do.w1280.png")) {
            assertTrue(Files.size(out.resolve(PAGE + copy)) <= png.size(), copy + ": " + Files.size(out.resolve(PAGE + copy))
                    + " bytes against " + png.size());
        }
    }

    /** A grey JPEG narrow enough but heavy is made lighter at its own width, as an RGB JPEG a browser shows. */
    @Test
    void aHeavyNarrowGreyPhotoIsMadeLighterAtItsOwnWidth() throws IOException {
        BufferedImage grey = new BufferedImage(1000, 800, BufferedImage.TYPE_BYTE_GRAY);
        java.util.Random noise = new java.util.Random(5);
        for (int y = 0; y < 800; y++) {
            for (int x = 0; x < 1000; x++) {
                grey.getRaster().setSample(x, y, 0, noise.nextInt(256));
            }
        }
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        javax.imageio.ImageWriteParam best = writer.getDefaultWriteParam();
        best.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
        best.setCompressionQuality(1f);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        try (var out = ImageIO.createImageOutputStream(jpeg)) {
            writer.setOutput(out);
            writer.write(null, new javax.imageio.IIOImage(grey, null, null), best);
        }
        writer.dispose();
        assertTrue(jpeg.size() > 300 * 1024, jpeg.size() + " bytes");
        TestSites site = noticeShowing("anh.jpg", jpeg.toByteArray(), "Quang cảnh hội nghị");
        Path out = dir.resolve("out");

        assertTrue(site.build(out).succeeded());

        Element shown = Jsoup.parse(out.resolve(PAGE + "index.html").toFile()).selectFirst(".notice-body img");
        assertEquals(List.of("/" + PAGE + "anh.w1000.jpg", "1000", "800"),
                List.of(shown.attr("src"), shown.attr("width"), shown.attr("height")));
        BufferedImage copy = ImageIO.read(out.resolve(PAGE + "anh.w1000.jpg").toFile());
        assertEquals(List.of(1000, 800), List.of(copy.getWidth(), copy.getHeight()));
        assertTrue(Files.size(out.resolve(PAGE + "anh.w1000.jpg")) < jpeg.size());
        assertTrue(Files.exists(out.resolve(PAGE + "anh.w640.jpg")));
    }

    /** A site of one notice whose text shows the image {@code name}, saved beside it. */
    private TestSites noticeShowing(String name, byte[] image, String description) {
        return TestSites.at(dir.resolve("content"))
                .bytes("tin/hoi-nghi/" + name, image)
                .notice("tin/hoi-nghi/index.md", "Hội nghị tổng kết", "2024-03-29", "author: \"Cái Dung\"\n",
                        "Văn bản.\n\n![" + description + "](" + name + ")");
    }

    private static boolean isRed(int rgb) {
        return new Color(rgb).getRed() > 200 && new Color(rgb).getBlue() < 60;
    }

    private static boolean isBlue(int rgb) {
        return new Color(rgb).getBlue() > 200 && new Color(rgb).getRed() < 60;
    }

    private static byte[] jpeg(int width, int height) throws IOException {
        return encoded(width, height, "jpeg", BufferedImage.TYPE_INT_RGB);
    }

    private static byte[] png(int width, int height) throws IOException {
        return encoded(width, height, "png", BufferedImage.TYPE_INT_ARGB);
    }

    /** Left half red, right half blue, with noise a camera's photo has, so that it weighs as one. */
    private static byte[] encoded(int width, int height, String format, int type) throws IOException {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        java.util.Random noise = new java.util.Random(7);
        for (int i = 0; i < width * height / 4; i++) {
            int x = noise.nextInt(width);
            int y = noise.nextInt(height);
            image.setRGB(x, y, image.getRGB(x, y) ^ (noise.nextInt(0x30) << 8));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, format, bytes);
        return bytes.toByteArray();
    }

    /** The JPEG with an Exif segment (big-endian TIFF) that gives only its orientation, after its start. */
    private static byte[] withOrientation(byte[] jpeg, int orientation) {
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, 0, 0, 0, 0};
        byte[] exif = {'E', 'x', 'i', 'f', 0, 0};
        int length = 2 + exif.length + tiff.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(exif);
        out.writeBytes(tiff);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte first, byte second) {
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == first && bytes[i + 1] == second) {
                return i;
            }
        }
        throw new AssertionError("no marker");
    }
}
