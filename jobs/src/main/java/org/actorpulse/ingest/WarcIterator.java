package org.actorpulse.ingest;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.actorpulse.ingest.html.HtmlPages;
import org.actorpulse.ingest.html.PageContent;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The records of a web archive ({@code .warc}, {@code .warc.gz}), read with jwarc. Each record is accounted
 * for, numbered from 1 in file order (the {@code line} of its reject):
 * <ul>
 *   <li>a {@code response} with HTTP status 200 and an HTML content type ({@code text/html},
 *       {@code application/xhtml+xml}; when the server sent none, the crawler's
 *       {@code WARC-Identified-Payload-Type}) is a page: {@link HtmlPages} extracts title, dates and text, and
 *       {@link RecordMapper} checks it like any record. url = {@code WARC-Target-URI}; source = its host; date
 *       = the first date the page states that parses, else the capture date ({@code WARC-Date});</li>
 *   <li>other responses are rejects: {@code warc:http-status} (not 200), {@code warc:not-html}, or
 *       {@code warc:malformed} (HTTP message unreadable, unknown content encoding);</li>
 *   <li>records that hold no document ({@code warcinfo}, {@code request}, {@code metadata}, {@code revisit},
 *       {@code resource}, {@code conversion}, {@code continuation}) are skipped, counted as
 *       {@code warc:<type>}.</li>
 * </ul>
 * The raw record of a reject is its WARC header and HTTP header, not the page. A corrupt or truncated gzip
 * member ends the file with one {@code gzip:corrupt} reject (by {@link RecordIterator}); a WARC header that does
 * not parse, or an uncompressed file cut short, ends it with one {@code warc:malformed} reject. Pages are read
 * up to {@value #MAX_PAGE_BYTES} bytes. Not thread-safe.
 */
final class WarcIterator extends RecordIterator {
  static final int MAX_PAGE_BYTES = 4 << 20;
  private static final List<String> HTML_TYPES = List.of("text/html", "application/xhtml+xml");

  private final WarcReader reader;
  private final boolean compressed;
  private final RecordMapper mapper;
  private long number;
  private boolean ended;

  /** @param in the file's bytes from the first one, compressed or not; closed with the iterator */
  WarcIterator(String inputFile, boolean compressed, InputStream in, RecordMapper mapper) throws IOException {
    this(inputFile, compressed, new WarcReader(in), mapper);
  }

  private WarcIterator(String inputFile, boolean compressed, WarcReader reader, RecordMapper mapper) {
    super(inputFile, compressed, reader);
    this.reader = reader;
    this.compressed = compressed;
    this.mapper = mapper;
  }

  @Override
  protected ParsedRecord read() throws IOException {
    if (ended) return null;
    Optional<WarcRecord> next;
    try {
      next = reader.next();
    } catch (ParsingException | EOFException e) {
      if (compressed && e instanceof EOFException) throw e; // a cut gzip member: gzip:corrupt
      ended = true;
      return ParsedRecord.reject(e.getMessage(), Reasons.WARC_MALFORMED, inputFile, number + 1);
    }
    if (next.isEmpty()) return null;
    number++;
    WarcRecord record = next.get();
    Optional<String> type = record.headers().sole("WARC-Type");
    if (type.isEmpty()) return reject(headerOf(record), Reasons.WARC_MALFORMED);
    if (!(record instanceof WarcResponse response)) {
      return ParsedRecord.skipped("warc:" + type.get().toLowerCase(Locale.ROOT), inputFile, number);
    }
    try {
      return page(response);
    } catch (EOFException e) {
      // A plain .warc cut inside a body: the file ends here, with this record as its reject. (A cut gzip member
      // is rethrown, and ends the file as gzip:corrupt.)
      if (compressed) throw e;
      ended = true;
      return reject(headerOf(record), Reasons.WARC_MALFORMED);
    }
  }

  private ParsedRecord page(WarcResponse response) throws IOException {
    String warcHeader = new String(response.serializeHeader(), StandardCharsets.UTF_8);
    if (!response.contentType().base().equals(MediaType.HTTP)) {
      return reject(warcHeader, Reasons.WARC_NOT_HTML);
    }
    HttpResponse http;
    try {
      http = response.http();
    } catch (ParsingException e) {
      return reject(warcHeader, Reasons.WARC_MALFORMED);
    }
    String raw = warcHeader + new String(http.serializeHeader(), StandardCharsets.UTF_8);
    if (http.status() != 200) return reject(raw, Reasons.WARC_HTTP_STATUS);
    if (!isHtml(response, http)) return reject(raw, Reasons.WARC_NOT_HTML);
    byte[] body = decoded(readBody(http), http.headers().first("Content-Encoding").orElse(""));
    if (body == null) return reject(raw, Reasons.WARC_MALFORMED);

    String url = response.target();
    PageContent page = HtmlPages.read(body, http.contentType().parameters().get("charset"), url);
    String[] values = new String[Field.values().length];
    values[Field.URL.ordinal()] = url;
    values[Field.TITLE.ordinal()] = page.title();
    values[Field.TEXT.ordinal()] = page.text();
    values[Field.DATE.ordinal()] = publicationDate(page, response);
    return mapper.map(values, inputFile, number, () -> raw, false);
  }

  private static String headerOf(WarcRecord record) {
    return new String(record.serializeHeader(), StandardCharsets.UTF_8);
  }

  private ParsedRecord reject(String raw, String reason) {
    return ParsedRecord.reject(raw, reason, inputFile, number);
  }

  private static boolean isHtml(WarcResponse response, HttpResponse http) throws IOException {
    MediaType declared = http.contentType();
    String type = declared.base().toString().toLowerCase(Locale.ROOT);
    // "text/html charset=utf-8" (no semicolon) does not parse as a media type: the text before the first space
    // or semicolon still names it.
    type = type.split("[ ;]", 2)[0];
    if (http.headers().first("Content-Type").isEmpty() || type.equals("application/octet-stream")
        || !declared.isValid()) {
      type = response.identifiedPayloadType().map(t -> t.base().toString().toLowerCase(Locale.ROOT)).orElse(type);
    }
    return HTML_TYPES.contains(type);
  }

  /**
   * The page's first date that parses and is not after the capture (a page cannot be published after it was
   * fetched; such dates are templates' placeholders), else the capture date: a crawl finds most news within
   * days. Null when neither parses (the record becomes a {@code date:missing} reject).
   */
  static String publicationDate(PageContent page, WarcRecord record) {
    String captured = record.headers().sole("WARC-Date").orElse(null);
    LocalDate captureDay = null;
    try {
      captureDay = DateParser.parse(captured);
    } catch (DateParser.InvalidDateException e) {
      captured = null;
    }
    for (String d : page.dates()) {
      try {
        LocalDate day = DateParser.parse(d);
        if (day != null && (captureDay == null || !day.isAfter(captureDay.plusDays(1)))) return d;
      } catch (DateParser.InvalidDateException e) {
        // a page may state "25 Sept" in one tag and an ISO date in the next: try the next
      }
    }
    return captured;
  }

  /**
   * The HTTP body as stored, up to {@link #MAX_PAGE_BYTES}. Errors here come from the file itself (a cut gzip
   * member) and end it, unlike errors decoding the page below.
   */
  private static byte[] readBody(HttpResponse http) throws IOException {
    try (InputStream in = http.body().stream()) {
      return in.readNBytes(MAX_PAGE_BYTES);
    }
  }

  /** The body with its HTTP content encoding undone, or null when unknown or broken (that record only). */
  static byte[] decoded(byte[] body, String contentEncoding) {
    String enc = contentEncoding.strip().toLowerCase(Locale.ROOT);
    try {
      return switch (enc) {
        case "", "identity", "none" -> body;
        // Some crawlers store the body decoded but keep the header: only a body with gzip's magic is gunzipped.
        case "gzip", "x-gzip" -> isGzip(body) ? bounded(new GZIPInputStream(new ByteArrayInputStream(body))) : body;
        case "deflate" -> inflated(body);
        default -> null; // br, zstd: Common Crawl stores pages decoded, other crawlers rarely encode
      };
    } catch (ZipException | EOFException e) {
      return null;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("decoding a page in memory", e);
    }
  }

  private static boolean isGzip(byte[] body) {
    return body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
  }

  /** zlib-wrapped deflate as the standard says, else the raw deflate some servers send. */
  private static byte[] inflated(byte[] body) throws IOException {
    try {
      return bounded(new InflaterInputStream(new ByteArrayInputStream(body)));
    } catch (ZipException e) {
      Inflater raw = new Inflater(true);
      try {
        return bounded(new InflaterInputStream(new ByteArrayInputStream(body), raw));
      } finally {
        raw.end();
      }
    }
  }

  private static byte[] bounded(InputStream in) throws IOException {
    try (in) {
      return in.readNBytes(MAX_PAGE_BYTES);
    }
  }

  @Override
  protected long currentLine() {
    return number + 1;
  }
}
