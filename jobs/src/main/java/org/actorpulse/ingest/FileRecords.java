package org.actorpulse.ingest;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Opens one non-Parquet input file as a lazy stream of records: detects gzip by its magic bytes, sniffs the
 * format ({@link FormatSniffer}) and picks the reader ({@link WarcIterator} for web archives). Bytes are
 * decoded as UTF-8 with invalid sequences replaced by U+FFFD; a leading byte-order mark is dropped; raw control
 * characters inside JSON strings are accepted (and later removed from texts by {@link Texts#clean}). One
 * instance per thread (holds a Jackson mapper; build one per partition).
 */
public final class FileRecords {
  private static final int BUFFER = 1 << 16;
  private static final int SNIFF_BYTES = 8192;
  private static final int MAX_SEED_CHARS = 64 * 1024 * 1024;
  // How far back a compressed file is read again from its first byte after sniffing; decompressing the first
  // SNIFF_BYTES reads one or two 64 KB chunks of compressed data.
  private static final int REWIND_BYTES = 1 << 20;

  private final FieldMapping mapping;
  private final RecordMapper mapper;
  // Raw control characters (a NUL byte, a tab) inside JSON strings are invalid JSON but common in scraped
  // dumps: accept them here, Texts.clean then removes all but tab, LF and CR.
  private final ObjectMapper json = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .build();

  public FileRecords(FieldMapping mapping, RecordMapper mapper) {
    this.mapping = mapping;
    this.mapper = mapper;
  }

  /**
   * @param inputFile the file's path as written in rejects
   * @param in        the file's bytes; closed when the returned iterator is exhausted or closed
   */
  public RecordIterator open(String inputFile, InputStream in) throws IOException {
    BufferedInputStream raw = new BufferedInputStream(in, BUFFER);
    byte[] head = new byte[SNIFF_BYTES];
    // jwarc reads compressed WARC files itself (member by member, reporting corruption): it gets the raw
    // bytes from the start again after the sniff, as does the gzip stream of the other formats.
    raw.mark(REWIND_BYTES);
    int n = raw.readNBytes(head, 0, 4);
    raw.reset();
    boolean gzip = FormatSniffer.isGzip(head, n);
    if (gzip) {
      // The sniff decompresses the first bytes through a gzip stream of its own, closed here so that its
      // Inflater's native memory is freed now rather than by the cleaner; the stream under it ignores the close
      // (the file stays open) and the file is read again from its first byte below.
      try (InputStream peek = new SalvagingInputStream(new GZIPInputStream(unclosable(raw), BUFFER))) {
        n = peek.readNBytes(head, 0, SNIFF_BYTES);
      } catch (ZipException | EOFException e) {
        return RecordIterator.single(ParsedRecord.reject("corrupt or truncated compressed data: " + e.getMessage(),
            Reasons.GZIP_CORRUPT, inputFile, 1L), raw);
      }
      raw.reset();
    } else {
      raw.mark(SNIFF_BYTES);
      n = raw.readNBytes(head, 0, SNIFF_BYTES);
      raw.reset();
    }
    InputFormat format = FormatSniffer.detect(inputFile, head, n);
    if (format == InputFormat.WARC) return new WarcIterator(inputFile, gzip, raw, mapper);
    InputStream data = raw;
    SalvagingInputStream salvage = null;
    if (gzip) {
      salvage = new SalvagingInputStream(new GZIPInputStream(raw, BUFFER));
      data = new BufferedInputStream(salvage, BUFFER);
    }
    Reader reader = new InputStreamReader(data, StandardCharsets.UTF_8);
    RecordIterator it = switch (format) {
      case JSON_LINES -> new JsonLinesIterator(inputFile, gzip, new ByteLineReader(data, 0, Long.MAX_VALUE), 1,
          json.getFactory(), mapping, mapper);
      case JSON_ARRAY -> new JsonArrayIterator(inputFile, gzip, new BufferedReader(reader, BUFFER), json, mapping, mapper);
      case CSV -> new CsvIterator(inputFile, gzip, reader, delimiter(inputFile), mapping, mapper);
      case SEED_TEXT -> seedText(inputFile, gzip, reader);
      case WARC, PARQUET, UNKNOWN -> RecordIterator.single(ParsedRecord.reject(
          new String(head, 0, n, StandardCharsets.UTF_8), Reasons.FORMAT_UNKNOWN, inputFile, null), reader);
    };
    return salvage == null ? it : it.salvaging(salvage);
  }

  /**
   * A byte range of a plain (uncompressed) JSON Lines file: the lines that begin in {@code [start, end)}.
   *
   * @param in        positioned at {@code start - 1} (at 0 when {@code start} is 0); closed with the iterator
   * @param firstLine the 1-based number of the first line that begins in the range
   */
  public RecordIterator openJsonLinesRange(String inputFile, InputStream in, long start, long end, long firstLine)
      throws IOException {
    ByteLineReader lines = new ByteLineReader(in, start == 0 ? 0 : start - 1, end);
    if (start > 0) lines.skipPartialLine();
    return new JsonLinesIterator(inputFile, false, lines, firstLine, json.getFactory(), mapping, mapper);
  }

  /** The stream, with a close that leaves it open. */
  private static InputStream unclosable(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public void close() {
        // The file is read again after the sniff; its iterator closes it.
      }
    };
  }

  private static char delimiter(String inputFile) {
    return FormatSniffer.contentExtension(inputFile).equals("tsv") ? '\t' : ',';
  }

  private RecordIterator seedText(String inputFile, boolean gzip, Reader reader) {
    return new RecordIterator(inputFile, gzip, reader) {
      private boolean given;

      @Override
      protected ParsedRecord read() throws IOException {
        if (given) return null;
        given = true;
        StringBuilder b = new StringBuilder();
        char[] buf = new char[BUFFER];
        int r;
        while ((r = reader.read(buf)) > 0 && b.length() < MAX_SEED_CHARS) b.append(buf, 0, r);
        String content = b.toString();
        SeedText.Parsed p = SeedText.parse(content);
        String[] values = new String[Field.values().length];
        values[Field.ID.ordinal()] = SeedText.idFromFileName(inputFile);
        values[Field.DATE.ordinal()] = p.date();
        values[Field.TEXT.ordinal()] = p.body();
        return mapper.map(values, inputFile, 1L, () -> content);
      }

      @Override
      protected long currentLine() {
        return 1;
      }
    };
  }
}
