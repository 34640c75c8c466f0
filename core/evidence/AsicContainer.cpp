#include "evidence/AsicContainer.h"

#include <memory>
#include <zip.h>

namespace guichet {
namespace {

const QString kMimetypeName = QStringLiteral("mimetype");

struct SourceFree {
    void operator()(zip_source_t* source) const { zip_source_free(source); }
};
using SourcePtr = std::unique_ptr<zip_source_t, SourceFree>;

// An archive left open is discarded (nothing written); a written one is released by
// zip_close, after which the pointer is let go.
struct ArchiveDiscard {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
using ArchivePtr = std::unique_ptr<zip_t, ArchiveDiscard>;

struct FileClose {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};
using FilePtr = std::unique_ptr<zip_file_t, FileClose>;

// libzip's message for an error, for the operator's message (mapped once, here).
QString zipMessage(zip_error_t* error)
{
    return QString::fromLocal8Bit(zip_error_strerror(error));
}

QString archiveMessage(zip_t* archive)
{
    return zipMessage(zip_get_error(archive));
}

Error writeError(const QString& detail)
{
    return {ErrorCode::Io,
            AsicContainer::tr("Cannot write the evidence container: %1").arg(detail)};
}

Status addEntry(zip_t* archive, const QString& name, const QByteArray& data, bool compress,
                time_t modified)
{
    zip_source_t* source =
        zip_source_buffer(archive, data.constData(), static_cast<zip_uint64_t>(data.size()), 0);
    if (source == nullptr) {
        return writeError(archiveMessage(archive));
    }
    const QByteArray utf8 = name.toUtf8();
    const zip_int64_t index = zip_file_add(archive, utf8.constData(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(source); // not taken over by the archive on failure
        return writeError(archiveMessage(archive));
    }
    const auto at = static_cast<zip_uint64_t>(index);
    if (zip_set_file_compression(archive, at, compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0) != 0 ||
        zip_file_set_mtime(archive, at, modified, 0) != 0) {
        return writeError(archiveMessage(archive));
    }
    return Status::success();
}

Result<QByteArray> readSource(zip_source_t* source)
{
    if (zip_source_open(source) != 0) {
        return writeError(zipMessage(zip_source_error(source)));
    }
    QByteArray bytes;
    bool ok = zip_source_seek(source, 0, SEEK_END) == 0;
    const zip_int64_t size = ok ? zip_source_tell(source) : -1;
    ok = ok && size >= 0 && zip_source_seek(source, 0, SEEK_SET) == 0;
    if (ok) {
        bytes.resize(static_cast<qsizetype>(size));
        ok = zip_source_read(source, bytes.data(), static_cast<zip_uint64_t>(size)) == size;
    }
    zip_source_close(source);
    if (!ok) {
        return writeError(zipMessage(zip_source_error(source)));
    }
    return bytes;
}

} // namespace

const AsicEntry* AsicContents::find(const QString& name) const
{
    for (const AsicEntry& entry : entries) {
        if (entry.name == name) {
            return &entry;
        }
    }
    return nullptr;
}

Result<QByteArray> AsicContainer::write(const QList<AsicEntry>& entries, const QDateTime& modified)
{
    zip_error_t error;
    zip_error_init(&error);
    SourcePtr target(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!target) {
        const QString message = zipMessage(&error);
        zip_error_fini(&error);
        return writeError(message);
    }
    ArchivePtr archive(zip_open_from_source(target.get(), ZIP_TRUNCATE, &error));
    if (!archive) {
        const QString message = zipMessage(&error);
        zip_error_fini(&error);
        return writeError(message);
    }
    zip_error_fini(&error);
    // The archive now owns the source and frees it on close; keep ours to read the bytes back.
    zip_source_keep(target.get());

    const time_t mtime = static_cast<time_t>(modified.toSecsSinceEpoch());
    // EN 319 162-1 A.1: "mimetype" first, stored, so its bytes sit at a fixed offset.
    const QByteArray mimetype = MimeType.toLatin1();
    if (Status added = addEntry(archive.get(), kMimetypeName, mimetype, false, mtime); !added) {
        return added.error();
    }
    for (const AsicEntry& entry : entries) {
        if (entry.name == kMimetypeName) {
            return Error{ErrorCode::InvalidInput,
                         tr("A document may not be named \"mimetype\" in a container.")};
        }
        if (Status added = addEntry(archive.get(), entry.name, entry.data, entry.compress, mtime);
            !added) {
            return added.error();
        }
    }
    if (zip_close(archive.get()) != 0) {
        return writeError(archiveMessage(archive.get()));
    }
    archive.release(); // freed by zip_close
    return readSource(target.get());
}

Result<AsicContents> AsicContainer::read(const QByteArray& bytes)
{
    zip_error_t error;
    zip_error_init(&error);
    SourcePtr source(zip_source_buffer_create(bytes.constData(),
                                              static_cast<zip_uint64_t>(bytes.size()), 0, &error));
    ArchivePtr archive(
        source ? zip_open_from_source(source.get(), ZIP_RDONLY | ZIP_CHECKCONS, &error) : nullptr);
    if (!archive) {
        const QString message = zipMessage(&error);
        zip_error_fini(&error);
        return Error{ErrorCode::IncompatibleData,
                     tr("This file is not a readable ZIP container: %1").arg(message)};
    }
    zip_error_fini(&error);
    zip_source_keep(source.get()); // now shared with the archive, which frees its reference

    AsicContents contents;
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const auto index = static_cast<zip_uint64_t>(i);
        zip_stat_t stat;
        if (zip_stat_index(archive.get(), index, 0, &stat) != 0) {
            return Error{ErrorCode::IncompatibleData,
                         tr("Cannot read entry %1 of the container: %2")
                             .arg(i)
                             .arg(archiveMessage(archive.get()))};
        }
        const QString name = QString::fromUtf8(stat.name);
        if (name.endsWith(QLatin1Char('/'))) {
            continue; // a folder entry has no content
        }
        FilePtr file(zip_fopen_index(archive.get(), index, 0));
        QByteArray data(static_cast<qsizetype>(stat.size), Qt::Uninitialized);
        if (!file ||
            zip_fread(file.get(), data.data(), stat.size) != static_cast<zip_int64_t>(stat.size)) {
            return Error{
                ErrorCode::IncompatibleData,
                tr("Cannot read %1 in the container: %2").arg(name, archiveMessage(archive.get()))};
        }
        if (name != kMimetypeName) {
            contents.entries.append({name, data, stat.comp_method != ZIP_CM_STORE});
            continue;
        }
        contents.mimeType = QString::fromLatin1(data);
        if (i != 0) {
            contents.problems.append(tr("The \"mimetype\" entry is not the first of the file."));
        }
        if (stat.comp_method != ZIP_CM_STORE) {
            contents.problems.append(tr("The \"mimetype\" entry is compressed."));
        }
        if (zip_file_extra_fields_count(archive.get(), index, ZIP_FL_LOCAL | ZIP_FL_CENTRAL) > 0) {
            contents.problems.append(tr("The \"mimetype\" entry carries an extra field."));
        }
    }
    if (contents.mimeType.isNull()) {
        contents.problems.append(tr("The container has no \"mimetype\" entry."));
    } else if (contents.mimeType != MimeType) {
        contents.problems.append(
            tr("The container's type is \"%1\", not an ASiC-E container.").arg(contents.mimeType));
    }
    // The fixed offsets a reader relies on (EN 319 162-1 A.1): the first local header names
    // "mimetype" at byte 30 and its content follows at byte 38.
    if (bytes.mid(30, 8) != "mimetype" || bytes.mid(38, MimeType.size()) != MimeType.toLatin1()) {
        if (contents.problems.isEmpty()) {
            contents.problems.append(
                tr("The \"mimetype\" entry is not at the start of the file, where readers look."));
        }
    }
    return contents;
}

} // namespace guichet
