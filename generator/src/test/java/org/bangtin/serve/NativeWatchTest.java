package org.bangtin.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NativeWatchTest {
    /** A Samba or NFS share, a Windows drive under WSL, a virtual machine's shared folder: looked at, not watched. */
    @ParameterizedTest
    @ValueSource(strings = {"cifs", "smb3", "nfs", "NFS4", "9p", "drvfs", "vboxsf", "fuse.sshfs", "smbfs"})
    void aNetworkShareOrSharedFolderIsNotWatched(String type) {
        assertEquals(Optional.of("it is on a network share or shared folder (" + type.toLowerCase(java.util.Locale.ROOT)
                + "), whose changes made elsewhere, on another computer or in Windows under WSL, the system does not"
                + " tell of"), NativeWatch.share(type));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ext4", "xfs", "btrfs", "tmpfs", "overlay", "apfs", "NTFS"})
    void aLocalDiskIsWatched(String type) {
        assertEquals(Optional.empty(), NativeWatch.share(type));
    }
}
