package kycert.adapters.jdbc;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * A disk that can be made full: H2's own files under the {@code fulldisk:} scheme, whose writes fail with the
 * operating system's "No space left on device" while {@link #fill()} is in force, as they do on a full disk.
 * Reads keep working; {@link #free()} gives the space back.
 */
public final class FullDisk extends FilePathWrapper {
    public static final String SCHEME = "fulldisk";
    private static volatile boolean full;

    static {
        FilePath.register(new FullDisk());
    }

    /** The embedded store's URL for {@code dataDir}, its files on this disk. */
    public static String urlFor(Path dataDir) {
        return JdbcStore.embeddedUrl(dataDir).replaceFirst("^jdbc:h2:file:", "jdbc:h2:" + SCHEME + ":");
    }

    public static void fill() {
        full = true;
    }

    public static void free() {
        full = false;
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Channel(getBase().open(mode));
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        OutputStream base = getBase().newOutputStream(append);
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                checkSpace();
                base.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                checkSpace();
                base.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                base.flush();
            }

            @Override
            public void close() throws IOException {
                base.close();
            }
        };
    }

    private static void checkSpace() throws IOException {
        if (full) throw new IOException("No space left on device");
    }

    /** The real file channel, with writes refused while the disk is full. */
    private static final class Channel extends FileBase {
        private final FileChannel base;

        Channel(FileChannel base) {
            this.base = base;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            checkSpace();
            return base.write(src);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            checkSpace();
            return base.write(src, position);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) throws IOException {
            return base.lock(position, size, shared);
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
            return base.map(mode, position, size);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
