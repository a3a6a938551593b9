package org.actorpulse.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An HTTP proxy that forwards nothing: it records the request line of everything a browser tries to fetch and
 * answers 502. Pointing headless Chromium at it shows whether a page reaches for the network.
 */
final class RecordingProxy implements AutoCloseable {
  private final ServerSocket server;
  private final List<String> requests = new ArrayList<>();
  private final Thread acceptor;

  RecordingProxy() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::serve, "recording-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return server.getLocalPort();
  }

  /** Request lines seen so far, e.g. {@code GET http://example.com/x.png HTTP/1.1} or {@code CONNECT host:443}. */
  synchronized List<String> requests() {
    return List.copyOf(requests);
  }

  private void serve() {
    while (!server.isClosed()) {
      try (Socket s = server.accept()) {
        s.setSoTimeout(2000);
        InputStream in = s.getInputStream();
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n' && line.length() < 4096; c = in.read()) {
          if (c != '\r') line.append((char) c);
        }
        synchronized (this) {
          requests.add(line.toString());
        }
        OutputStream out = s.getOutputStream();
        out.write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII));
        out.flush();
      } catch (IOException e) {
        // A browser hanging up mid-request, or the server closing: nothing to record.
      }
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
