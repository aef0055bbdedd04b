import { checkCvFile, CV_MAX_BYTES } from './referrals';

describe('checkCvFile', () => {
  it.each(['cv.pdf', 'Mijn CV.PDF', 'cv.docx', 'cv.final.DocX'])('accepts %s', (name) => {
    expect(checkCvFile({ name, size: 1024 })).toBeNull();
  });

  it.each(['cv.doc', 'cv.pdf.exe', 'cv', 'cv.txt', 'pdf', 'cv.odt'])('refuses the type of %s', (name) => {
    expect(checkCvFile({ name, size: 1024 })).toBe('file_type_not_allowed');
  });

  it('accepts a file of exactly the maximum size and refuses one byte more', () => {
    expect(checkCvFile({ name: 'cv.pdf', size: CV_MAX_BYTES })).toBeNull();
    expect(checkCvFile({ name: 'cv.pdf', size: CV_MAX_BYTES + 1 })).toBe('file_too_large');
  });

  it('names the type first when both are wrong', () => {
    expect(checkCvFile({ name: 'cv.zip', size: CV_MAX_BYTES + 1 })).toBe('file_type_not_allowed');
  });
});
