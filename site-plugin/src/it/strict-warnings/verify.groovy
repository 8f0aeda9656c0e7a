// Under strict the warning is an error and fails the build; the earlier site is untouched.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log =~ /(?m)^\[ERROR\] \S*notices\/lich-tiep-2\.md:\d+: error: URL /
assert log =~ /the site has \d+ error\(s\) \(strict: warnings count as errors\)/
def site = new File(basedir, 'target/site')
assert new File(site, 'index.html').getText('UTF-8') == '<!DOCTYPE html><title>Trang cũ</title>\n'
assert site.list().sort() == ['.bangtin-output', 'index.html']
// beside the site only the lock file that keeps two builds of it apart
assert new File(basedir, 'target').list().sort() == ['.site.bangtin-lock', 'site']
return true
