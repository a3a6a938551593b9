package org.actorpulse.corpus;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes {@code examples/news-sample.warc.gz}: a small web archive shaped like Common Crawl's CC-NEWS, for the
 * bundled example and the WARC tests. Regenerate with {@code java -cp jobs/target/actorpulse-0.1.0-shaded.jar
 * org.actorpulse.corpus.WarcSample examples/news-sample.warc.gz}.
 *
 * <p>Three made-up sites (reserved {@code .example} domains), each with its own page layout and boilerplate:
 * levant-tribune (an {@code <article>} among a menu, a cookie banner, ads, a share bar, related links,
 * comments and a footer; {@code article:published_time}), gulfwire (no {@code <article>}: the body is split
 * by an inline ad, a "most read" sidebar beside it; the date only in JSON-LD), eurasia-monitor (an
 * {@code <article>} holding link lists; the date only in a {@code <time>}, or nowhere, so the capture date
 * counts). Nine pages with status 200, one of them in French; a 404 page; a PDF; a request before every
 * response; a {@code warcinfo} first and one {@code metadata} record: 24 records, which ingest as 8 articles,
 * 3 rejects ({@code language:fr}, {@code warc:http-status}, {@code warc:not-html}) and 13 skipped records.
 * The texts are written for this sample. Everything is fixed (record ids, dates), so the file is the same on
 * every run.
 */
public final class WarcSample {
  private WarcSample() {}

  private static final String SOFTWARE = "actorpulse WarcSample";

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: WarcSample OUTPUT.warc.gz");
      System.exit(2);
    }
    write(Path.of(args[0]));
  }

  public static void write(Path out) throws IOException {
    if (out.getParent() != null) Files.createDirectories(out.getParent());
    try (FileChannel ch = FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING);
        WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
      for (WarcRecord r : records()) w.write(r);
    }
  }

  /** The records in file order. */
  public static List<WarcRecord> records() throws IOException {
    Ids ids = new Ids();
    List<WarcRecord> out = new ArrayList<>();
    Map<String, List<String>> info = new LinkedHashMap<>();
    info.put("software", List.of(SOFTWARE));
    info.put("format", List.of("WARC File Format 1.0"));
    info.put("description", List.of("actorpulse example: news pages of three made-up sites"));
    out.add(new Warcinfo.Builder().recordId(ids.next()).date(at("2017-09-25T23:00:00Z"))
        .filename("news-sample.warc.gz").fields(info).build());
    for (Capture c : captures()) {
      WarcRequest request = new WarcRequest.Builder(c.url).recordId(ids.next()).date(c.captured)
          .body(new HttpRequest.Builder("GET", URI.create(c.url).getRawPath())
              .addHeader("Host", URI.create(c.url).getHost())
              .addHeader("User-Agent", "actorpulse-sample/1.0")
              .addHeader("Accept", "text/html,application/xhtml+xml")
              .build())
          .build();
      HttpResponse.Builder http = new HttpResponse.Builder(c.status, c.status == 200 ? "OK" : "Not Found")
          .addHeader("Server", "nginx")
          .body(MediaType.parse(c.contentType), c.body);
      WarcResponse response = new WarcResponse.Builder(c.url).recordId(ids.next()).date(c.captured)
          .concurrentTo(request.id()).body(http.build()).build();
      out.add(request);
      out.add(response);
      if (c.url.endsWith("/iran-talks-vienna")) {
        Map<String, List<String>> meta = new LinkedHashMap<>();
        meta.put("fetchTimeMs", List.of("412"));
        meta.put("outlink", List.of("https://www.levant-tribune.example/world/"));
        out.add(new WarcMetadata.Builder().recordId(ids.next()).date(c.captured).targetURI(c.url).fields(meta).build());
      }
    }
    return out;
  }

  private record Capture(String url, Instant captured, int status, String contentType, byte[] body) {
    static Capture html(String url, String captured, String page) {
      return new Capture(url, at(captured), 200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Record ids derived from a counter: a regenerated file has the same ones. */
  private static final class Ids {
    private int n;

    UUID next() {
      return UUID.nameUUIDFromBytes(("actorpulse/news-sample/" + n++).getBytes(StandardCharsets.UTF_8));
    }
  }

  private static Instant at(String iso) {
    return Instant.parse(iso);
  }

  private static List<Capture> captures() {
    List<Capture> c = new ArrayList<>();
    String lt = "https://www.levant-tribune.example";
    String gw = "https://news.gulfwire.example";
    String em = "https://www.eurasia-monitor.example";

    c.add(Capture.html(lt + "/world/2017/09/20/raqqa-stadium", "2017-09-21T04:12:09Z", Layouts.levantTribune(
        "SDF fighters close in on Raqqa stadium", "2017-09-20T17:45:00+03:00",
        List.of("Fighters of the US-backed Syrian Democratic Forces pushed into the last districts held by Islamic"
                + " State in Raqqa on Wednesday, commanders said, as coalition aircraft struck positions around the"
                + " city's stadium.",
            "The SDF, an alliance dominated by the Kurdish YPG militia, said several hundred militants remained"
                + " inside the old city. A spokesman told reporters the final assault could take weeks because of"
                + " mines and tunnels.",
            "Turkey, which regards the YPG as a terrorist group, again criticised Washington for arming the Kurdish"
                + " fighters. Ankara has said it will respond to any threat on its southern border."))));

    c.add(Capture.html(lt + "/world/2017/09/22/iran-talks-vienna", "2017-09-22T09:30:41Z", Layouts.levantTribune(
        "Iran and Europe defend nuclear deal in Vienna", "2017-09-22T08:05:00Z",
        List.of("Iranian and European diplomats met in Vienna on Friday to defend the 2015 nuclear agreement, a day"
                + " after the United States signalled it might walk away from the accord.",
            "Germany and France said Iran was complying with the deal, citing inspectors of the International"
                + " Atomic Energy Agency. Russia and China, also parties to the agreement, urged all sides to keep"
                + " their commitments.",
            "Officials in Tehran warned that new American sanctions would be answered, but said the door to talks"
                + " remained open."))));

    c.add(Capture.html(lt + "/world/2017/09/24/idlib-observation-posts", "2017-09-24T15:02:17Z",
        Layouts.levantTribune("Turkish troops to man posts in Idlib", "2017-09-24T12:30:00+03:00",
            List.of("Turkey will deploy troops to observation posts in Syria's Idlib province under an agreement"
                    + " reached with Russia and Iran in Astana, President Recep Tayyip Erdogan said on Sunday.",
                "The de-escalation zone is meant to reduce fighting between Syrian government forces and rebel groups."
                    + " Hayat Tahrir al-Sham, the dominant jihadist alliance in the province, rejected the plan.",
                "Russian officials said military police would patrol the edges of the zone. Damascus has not commented"
                    + " on the Turkish deployment."))));

    c.add(new Capture(lt + "/world/2017/09/19/deleted-story", at("2017-09-21T04:13:55Z"), 404,
        "text/html; charset=utf-8",
        "<html><head><title>Page not found</title></head><body><h1>Page not found</h1></body></html>"
            .getBytes(StandardCharsets.UTF_8)));

    c.add(Capture.html(lt + "/fr/monde/2017/09/23/raqqa-offensive", "2017-09-23T10:44:05Z", Layouts.levantTribune(
        "Raqqa : les Forces démocratiques syriennes progressent", "2017-09-23T09:00:00+02:00",
        List.of("Les Forces démocratiques syriennes, soutenues par les États-Unis, ont annoncé samedi avoir repris"
                + " plusieurs quartiers de Raqqa au groupe État islamique, après des semaines de combats acharnés.",
            "Selon un porte-parole de l'alliance arabo-kurde, quelques centaines de jihadistes resteraient retranchés"
                + " dans la vieille ville. Les civils encore présents manquent d'eau et de nourriture.",
            "La Turquie a de nouveau dénoncé le soutien américain aux milices kurdes, qu'elle considère comme une"
                + " menace pour sa sécurité."))));

    c.add(Capture.html(gw + "/politics/2017/09/21/saudi-qatar-standoff", "2017-09-21T18:20:00Z", Layouts.gulfWire(
        "Gulf standoff with Qatar enters fourth month", "2017-09-21T16:10:00+03:00",
        List.of("Saudi Arabia, the United Arab Emirates, Bahrain and Egypt showed no sign on Thursday of lifting"
                + " their blockade of Qatar, more than three months after cutting ties with Doha.",
            "Kuwait's emir has tried to mediate, and the United States has urged the four states to talk. Qatar"
                + " denies supporting terrorism and says the demands would violate its sovereignty.",
            "Iran and Turkey have increased food shipments to Qatar since the blockade began, deepening the rift"
                + " with Riyadh."))));

    c.add(Capture.html(gw + "/security/2017/09/23/iraq-kurdish-referendum", "2017-09-23T21:05:33Z",
        Layouts.gulfWire("Baghdad warns Kurds ahead of independence vote", "2017-09-23T19:40:00+03:00",
            List.of("Iraq's prime minister Haider al-Abadi warned on Saturday that the Kurdistan Regional Government"
                    + " would bear the consequences of Monday's independence referendum.",
                "Turkey and Iran, both home to large Kurdish minorities, said the vote threatened regional stability."
                    + " The United Nations and the United States had asked the Kurdish leadership to postpone it.",
                "Kurdish officials in Erbil said voting would go ahead as planned across the region and in disputed"
                    + " areas including Kirkuk."))));

    c.add(new Capture(gw + "/reports/2017/09/annual-security-review.pdf", at("2017-09-23T21:06:10Z"), 200,
        "application/pdf",
        "%PDF-1.4\n% sample report, not a real PDF body\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));

    c.add(Capture.html(gw + "/politics/2017/09/25/yemen-cholera", "2017-09-25T07:51:12Z", Layouts.gulfWire(
        "Cholera spreads in Yemen as war drags on", "2017-09-25T06:30:00+03:00",
        List.of("The World Health Organization said on Monday that suspected cholera cases in Yemen had passed"
                + " 700,000, in a country devastated by war between the Houthi movement and a Saudi-led coalition.",
            "Aid agencies blamed air strikes and a blockade of ports for the collapse of water and health services."
                + " The coalition says it targets only Houthi fighters and weapons smuggled from Iran."))));

    c.add(Capture.html(em + "/news/2017/09/22/putin-erdogan-ankara", "2017-09-22T13:27:48Z",
        Layouts.eurasiaMonitor("Putin to visit Ankara for talks with Erdogan", "2017-09-22T11:15:00+03:00",
            List.of("Russian President Vladimir Putin will travel to Ankara next week for talks with Turkish President"
                    + " Recep Tayyip Erdogan on Syria and energy projects, the Kremlin said on Friday.",
                "The two leaders are expected to discuss the Idlib de-escalation zone and the TurkStream gas pipeline."
                    + " Turkey's purchase of Russian S-400 missile systems has alarmed its NATO allies.",
                "Moscow and Ankara backed opposing sides in the Syrian war but have worked together since 2016."))));

    c.add(Capture.html(em + "/news/2017/09/24/deir-ez-zor-crossing", "2017-09-24T20:03:29Z",
        Layouts.eurasiaMonitor("Syrian army crosses the Euphrates at Deir ez-Zor", null,
            List.of("Syrian government forces backed by Russian air power crossed to the eastern bank of the Euphrates"
                    + " near Deir ez-Zor, Syrian state media reported, bringing them close to SDF positions.",
                "The Russian defence ministry said its aircraft had destroyed Islamic State positions in the area."
                    + " SDF commanders accused Russian jets of striking their fighters, a charge Moscow denied."))));
    return c;
  }
}
