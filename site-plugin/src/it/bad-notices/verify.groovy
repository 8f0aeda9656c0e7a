// Both problems are listed as file:line: message, the build fails as a failure (not a fault),
// and the earlier site is byte for byte as it was, with no staging folder left beside it.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log =~ /(?m)^\[ERROR\] \S*notices\/2019\/bad-date\.md:3: error: .*30\/02\/2019/
assert log =~ /(?m)^\[ERROR\] \S*notices\/2019\/typo\.md:2: error: unknown field 'tittle'/
assert log.contains('bangtin: the site has 3 error(s)')
assert log.contains('MojoFailureException')
assert !log.contains('MojoExecutionException')

def site = new File(basedir, 'target/site')
assert new File(site, 'index.html').getText('UTF-8') == '<!DOCTYPE html><title>Trang cũ</title>\n'
assert site.list().sort() == ['.bangtin-output', 'index.html']
// beside the site only the lock file that keeps two builds of it apart
assert new File(basedir, 'target').list().sort() == ['.site.bangtin-lock', 'site']
return true
