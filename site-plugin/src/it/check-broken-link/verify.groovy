def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log =~ /(?m)^\[ERROR\] \S*notices\/ke-hoach\.md:8(:\d+)?: error: .*ke-hoach-phong-chong-thien-tai\.pdf/
assert log.contains('MojoFailureException')
// nothing published, and the temporary build folder is gone
assert !new File(basedir, 'target/site').exists()
def target = new File(basedir, 'target')
assert !target.exists() || target.list().length == 0
return true
