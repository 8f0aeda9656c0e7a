def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('bangtin: skipped')
assert !new File(basedir, 'target/site').exists()
return true
